package org.sportello.bank.adapter.in.camt;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sportello.shared.Violation;

/**
 * Listens to the walk through one camt document: checks the root, reads the group header, and
 * hands each report to a {@link ReportBuilder}. Rule violations are gathered across the whole
 * document so the bank sees them all in one answer; limits stop the walk at once.
 */
final class CamtAssembler implements ElementWalker.Listener {

    private final String sourceName;
    private final List<Violation> violations = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> referenceLines = new HashMap<>();
    private final List<CamtReport> reports = new ArrayList<>();
    private int violationsFound;
    private Element root;
    private CamtSchema schema;
    private Element message;
    private Element groupHeader;
    private boolean inGroupHeader;
    private String messageId;
    private Instant createdAt;
    private ReportBuilder report;
    private int reportCount;
    private int entryCount;

    CamtAssembler(String sourceName) {
        this.sourceName = sourceName;
    }

    @Override
    public void opened(Element element) {
        switch (element.depth()) {
            case 1 -> {
                root = element;
                schema = CamtSchema.of(element);
            }
            case 2 -> openMessage(element);
            case 3 -> openInMessage(element);
            default -> openInReport(element);
        }
    }

    @Override
    public void closed(Element element) {
        if (report != null && element == report.element()) {
            CamtReport read = report.finish();
            if (read != null) {
                reports.add(read);
            }
            report = null;
        } else if (report != null) {
            report.closed(element);
        } else if (element == groupHeader) {
            closeGroupHeader();
        } else if (inGroupHeader && element.isLeaf()) {
            groupHeaderLeaf(element);
        } else if (element == message) {
            closeMessage();
        }
    }

    /** The message read, or refused as invalid-camt with every violation found. */
    CamtMessage message() {
        if (message == null) {
            String expected = schema.kind().messageElement();
            problems.add(Problem.missing(root, expected, "<" + expected + "> is required: the " + schema.kind().schema()
                    + " message itself"));
        }
        problems.forEach(problem -> found(problem.toViolation(null, null)));
        if (violationsFound > 0) {
            throw CamtRefusals.invalid(sourceName, violations, violationsFound);
        }
        return new CamtMessage(schema.kind(), schema.version(), messageId, createdAt, reports);
    }

    private void found(Violation violation) {
        violationsFound++;
        if (violations.size() < CamtReader.VIOLATIONS_MAX) {
            violations.add(violation);
        }
    }

    private void openMessage(Element element) {
        CamtMessage.Kind kind = schema.kind();
        if (message != null) {
            problems.add(Problem.at(element, "a second <" + element.name() + ">; a document holds one message"));
        } else if (!element.is(kind.messageElement())) {
            problems.add(Problem.at(element, "a " + kind.schema() + " document holds <" + kind.messageElement()
                    + ">, not <" + element.name() + ">"));
        } else {
            message = element;
        }
    }

    private void openInMessage(Element element) {
        if (message == null || element.parent() != message) {
            return;
        }
        if (element.is("GrpHdr")) {
            groupHeader = element;
            inGroupHeader = true;
        } else if (element.is(schema.kind().reportElement())) {
            if (++reportCount > CamtReader.REPORTS_PER_DOCUMENT_MAX) {
                throw CamtRefusals.unsafe(element.start(), element, "the document holds more than "
                        + CamtReader.REPORTS_PER_DOCUMENT_MAX + " <" + element.name() + "> reports, the limit;"
                        + " split it into several documents");
            }
            report = new ReportBuilder(element, schema.kind(), referenceLines, this::found);
        }
    }

    private void openInReport(Element element) {
        if (report == null) {
            return;
        }
        if (element.parent() == report.element() && element.is("Ntry")
                && ++entryCount > CamtReader.ENTRIES_PER_DOCUMENT_MAX) {
            throw CamtRefusals.unsafe(element.start(), element, "the document holds more than "
                    + CamtReader.ENTRIES_PER_DOCUMENT_MAX + " entries (<Ntry>), the limit; split it into several"
                    + " documents");
        }
        report.opened(element);
    }

    private void groupHeaderLeaf(Element leaf) {
        switch (leaf.pathFrom(groupHeader)) {
            case "MsgId" -> messageId = leaf.text().isEmpty() ? null : leaf.text();
            case "CreDtTm" -> {
                OffsetDateTime created = CamtValues.dateTime(leaf, problems);
                createdAt = created == null ? null : created.toInstant();
            }
            default -> {
                // message recipient, pagination and additional information are not needed
            }
        }
    }

    private void closeGroupHeader() {
        inGroupHeader = false;
        if (messageId == null) {
            problems.add(Problem.missing(groupHeader, "MsgId", "MsgId is required: the message's unique identification"));
        }
    }

    private void closeMessage() {
        if (groupHeader == null) {
            problems.add(Problem.missing(message, "GrpHdr/MsgId", "MsgId is required: the message's unique"
                    + " identification"));
        }
        if (reportCount == 0) {
            String reportElement = schema.kind().reportElement();
            problems.add(Problem.missing(message, reportElement, "<" + reportElement + "> is required: a "
                    + schema.kind().schema() + " message holds at least one " + schema.kind().noun()));
        }
    }
}
