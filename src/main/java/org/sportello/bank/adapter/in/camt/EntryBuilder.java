package org.sportello.bank.adapter.in.camt;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sportello.bank.adapter.in.camt.CamtEntry.Status;
import org.sportello.shared.Violation;

/** Collects one Ntry's leaves as they stream by and checks the entry's rules when it closes. */
final class EntryBuilder {

    private static final String IN_TRANSACTION = "NtryDtls/TxDtls/";

    private final Element element;
    private final int index;
    private final List<Problem> problems = new ArrayList<>();
    private final TransactionDetails details = new TransactionDetails(problems);
    private final Set<String> seen = new HashSet<>();
    private int transactions;
    private CamtValues.Amount amount;
    private Boolean credit;
    private Status status;
    private boolean reversal;
    private LocalDate bookingDate;
    private OffsetDateTime bookingDateTime;
    private LocalDate valueDate;
    private Element reference;
    private String domain;
    private String family;
    private String subFamily;
    private String proprietaryCode;

    EntryBuilder(Element element, int index) {
        this.element = element;
        this.index = index;
    }

    Element element() {
        return element;
    }

    void opened(Element opened) {
        if (opened.is("TxDtls") && "NtryDtls/TxDtls".equals(opened.pathFrom(element))) {
            transactions++;
        }
    }

    void closed(Element closed) {
        if (!closed.isLeaf()) {
            return;
        }
        String path = closed.pathFrom(element);
        if (!entryLeaf(path, closed)) {
            if (path.startsWith(IN_TRANSACTION)) {
                details.leaf(path.substring(IN_TRANSACTION.length()), closed, transactions == 1);
            } else if (path.startsWith("AmtDtls/") || path.startsWith("CardTx/")) {
                details.leaf(path, closed, true);
            }
        }
    }

    private boolean entryLeaf(String path, Element leaf) {
        switch (path) {
            case "Amt" -> amount = CamtValues.amount(leaf, false, problems);
            case "CdtDbtInd" -> credit = CamtValues.credit(leaf, problems);
            case "RvslInd" -> reversal = Boolean.TRUE.equals(CamtValues.bool(leaf, problems));
            case "Sts", "Sts/Cd" -> status = status(leaf);
            case "Sts/Prtry" -> problems.add(Problem.at(leaf, "a proprietary status (" + CamtValues.quoted(leaf.text())
                    + ") is not understood; use Sts/Cd BOOK (booked), PDNG (pending) or INFO (information only)"));
            case "BookgDt/Dt" -> bookingDate = CamtValues.date(leaf, problems);
            case "BookgDt/DtTm" -> bookingDateTime = CamtValues.dateTime(leaf, problems);
            case "ValDt/Dt" -> valueDate = CamtValues.date(leaf, problems);
            case "ValDt/DtTm" -> valueDate = dateOf(CamtValues.dateTime(leaf, problems));
            case "AcctSvcrRef" -> reference = leaf.text().isEmpty() ? null : leaf;
            case "BkTxCd/Domn/Cd" -> domain = leaf.text();
            case "BkTxCd/Domn/Fmly/Cd" -> family = leaf.text();
            case "BkTxCd/Domn/Fmly/SubFmlyCd" -> subFamily = leaf.text();
            case "BkTxCd/Prtry/Cd" -> proprietaryCode = leaf.text();
            default -> {
                return false;
            }
        }
        seen.add(path);
        return true;
    }

    private Status status(Element leaf) {
        return switch (leaf.text()) {
            case "BOOK" -> Status.BOOKED;
            case "PDNG" -> Status.PENDING;
            case "INFO" -> Status.INFO;
            default -> {
                problems.add(Problem.at(leaf, "status " + CamtValues.quoted(leaf.text())
                        + " is unknown; use BOOK (booked), PDNG (pending) or INFO (information only)"));
                yield null;
            }
        };
    }

    /**
     * The entry, or null when it breaks a rule; either way its problems go to {@code violations},
     * named by the entry's index and AcctSvcrRef. {@code referenceLines} holds the references
     * seen so far in the document, so one used twice is caught.
     */
    CamtEntry finish(Map<String, Integer> referenceLines, Consumer<Violation> violations) {
        requirePresent();
        String accountServicerReference = reference == null ? null : reference.text();
        checkUnique(accountServicerReference, referenceLines);
        String bankTransactionCode = bankTransactionCode();
        problems.forEach(problem -> violations.accept(problem.toViolation(index, accountServicerReference)));
        if (!problems.isEmpty()) {
            return null;
        }
        RemittanceText remittance = details.remittance(reversal);
        CamtValues.Amount foreign = details.foreignAmount(amount.currency());
        return new CamtEntry(element.line(), index, amount.value(), amount.currency(), credit, status, reversal,
                bookingDateTime != null ? bookingDateTime.toLocalDate() : bookingDate, bookingDateTime, valueDate,
                accountServicerReference, bankTransactionCode, details.endToEndId(), details.counterpartyName(credit),
                details.counterpartyIban(credit), remittance.text(), details.purposeCode(), details.cardLast4(remittance),
                details.mcc(remittance), foreign == null ? null : foreign.value(),
                foreign == null ? null : foreign.currency(), details.exchangeRate(), remittance.reversedReference());
    }

    private void requirePresent() {
        if (!seen.contains("Amt")) {
            problems.add(Problem.missing(element, "Amt", "Amt is required: the amount of the entry with its currency,"
                    + " such as <Amt Ccy=\"EUR\">42.50</Amt>"));
        }
        if (!seen.contains("CdtDbtInd")) {
            problems.add(Problem.missing(element, "CdtDbtInd", "CdtDbtInd is required: CRDT when money came in,"
                    + " DBIT when it went out"));
        }
        if (!seen.contains("Sts") && !seen.contains("Sts/Cd") && !seen.contains("Sts/Prtry")) {
            problems.add(Problem.missing(element, "Sts", "Sts is required: BOOK (booked), PDNG (pending) or INFO"
                    + " (information only)"));
        }
        if (status == Status.BOOKED && !seen.contains("BookgDt/Dt") && !seen.contains("BookgDt/DtTm")) {
            problems.add(Problem.missing(element, "BookgDt", "BookgDt is required for a booked entry: the booking"
                    + " date as <Dt> or <DtTm>"));
        }
        if ((status == Status.BOOKED || status == Status.PENDING) && reference == null) {
            problems.add(Problem.missing(element, "AcctSvcrRef", "AcctSvcrRef is required for a "
                    + (status == Status.BOOKED ? "booked" : "pending") + " entry: the bank's unique reference for it,"
                    + " which makes importing it twice harmless"));
        }
    }

    private void checkUnique(String accountServicerReference, Map<String, Integer> referenceLines) {
        if (accountServicerReference == null) {
            return;
        }
        Integer earlier = referenceLines.putIfAbsent(accountServicerReference, element.line());
        if (earlier != null) {
            problems.add(Problem.at(reference, "AcctSvcrRef " + CamtValues.quoted(accountServicerReference)
                    + " is already used by the entry on line " + earlier + "; each entry needs its own reference"));
        }
    }

    private String bankTransactionCode() {
        if (domain == null && family == null && subFamily == null) {
            return proprietaryCode;
        }
        if (domain == null || family == null || subFamily == null || domain.isEmpty() || family.isEmpty()
                || subFamily.isEmpty()) {
            problems.add(Problem.missing(element, "BkTxCd/Domn", "BkTxCd/Domn needs Cd, Fmly/Cd and Fmly/SubFmlyCd,"
                    + " such as PMNT, CCRD and POSD"));
            return null;
        }
        return domain + "/" + family + "/" + subFamily;
    }

    private static LocalDate dateOf(OffsetDateTime dateTime) {
        return dateTime == null ? null : dateTime.toLocalDate();
    }
}
