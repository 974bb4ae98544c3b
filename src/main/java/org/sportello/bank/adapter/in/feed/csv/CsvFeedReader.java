package org.sportello.bank.adapter.in.feed.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sportello.bank.adapter.in.feed.FeedEntry;
import org.sportello.bank.adapter.in.feed.json.TransactionBatchReader;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.RequestRefused.Reason;
import org.sportello.shared.Violation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a bank's CSV export through a {@link CsvMapping}: each row becomes an item of the JSON
 * batch and goes through the very same checks, and every problem comes back naming the line and
 * the column of the file.
 */
public final class CsvFeedReader {

    /** Rows read (and checked) per round, so a large export never sits in memory as JSON at once. */
    static final int ROWS_PER_ROUND = 10_000;
    public static final int ROWS_MAX = 1_000_000;
    static final int VIOLATIONS_REPORTED_MAX = 1_000;

    private final TransactionBatchReader items;

    public CsvFeedReader(TransactionBatchReader items) {
        this.items = items;
    }

    public List<FeedEntry> read(InputStream content, String source, CsvMapping mapping) {
        String text = decode(content, mapping, source);
        List<FeedEntry> drafts = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = format.parse(new StringReader(skip(text, mapping.skipLines())))) {
            CsvRows rows = new CsvRows(mapping, parser.getHeaderNames(), mapping.skipLines());
            rows.checkHeader(source);
            List<Integer> lines = new ArrayList<>();
            ArrayNode round = JsonNodeFactory.instance.arrayNode();
            for (CSVRecord record : parser) {
                if (drafts.size() + round.size() >= ROWS_MAX) {
                    throw refused(source + " has more than " + ROWS_MAX + " rows; split it", List.of());
                }
                int line = mapping.skipLines() + (int) parser.getCurrentLineNumber();
                int before = violations.size();
                ObjectNode item = rows.item(record, line, violations);
                if (violations.size() == before) { // a row that could not even be read is not checked further
                    round.add(item);
                    lines.add(line);
                }
                if (round.size() == ROWS_PER_ROUND) {
                    readRound(round, lines, rows, drafts, violations);
                }
            }
            readRound(round, lines, rows, drafts, violations);
        } catch (IOException | IllegalStateException | UncheckedIOException unreadable) {
            throw new RequestRefused(Reason.MALFORMED, "malformed-csv", "Malformed CSV",
                    source + ": " + unreadable.getMessage());
        }
        if (!violations.isEmpty()) {
            throw refused(violations.size() + " problem(s) in " + source + "; nothing was booked",
                    violations.subList(0, Math.min(violations.size(), VIOLATIONS_REPORTED_MAX)));
        }
        if (drafts.isEmpty()) {
            throw refused(source + " has no data rows", List.of());
        }
        return drafts;
    }

    /** Checks a round of rows as JSON items and maps each violation back to its line and column. */
    private void readRound(ArrayNode round, List<Integer> lines, CsvRows rows, List<FeedEntry> drafts,
                           List<Violation> violations) {
        if (round.isEmpty()) {
            return;
        }
        ObjectNode batch = JsonNodeFactory.instance.objectNode();
        batch.set(TransactionBatchReader.ARRAY, round);
        try {
            List<TransactionDraft> read = items.read(batch);
            for (int i = 0; i < read.size(); i++) {
                drafts.add(FeedEntry.of(drafts.size(), "line " + lines.get(i), read.get(i)));
            }
        } catch (RequestRefused refused) {
            for (Violation violation : refused.violations()) {
                int line = violation.item() == null ? 0 : lines.get(violation.item());
                violations.add(rows.atLine(line, violation.field(), violation.detail()));
            }
        }
        round.removeAll();
        lines.clear();
    }

    static RequestRefused refused(String detail, List<Violation> violations) {
        return new RequestRefused(Reason.INVALID, "invalid-csv", "Invalid CSV rows", detail, violations);
    }

    /** Decodes strictly: a byte that is not valid in the declared encoding is an error naming its line. */
    static String decode(InputStream content, CsvMapping mapping, String source) {
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        CharsetDecoder decoder = mapping.encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new RequestRefused(Reason.MALFORMED, "malformed-csv", "Malformed CSV", source + " line " + line
                    + ": bytes that are not valid " + mapping.encoding().name() + "; set encoding= to the file's encoding"
                    + " (e.g. windows-1252)");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String skip(String text, int lines) {
        int at = 0;
        for (int i = 0; i < lines && at >= 0; i++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return at < 0 ? "" : text.substring(at);
    }
}
