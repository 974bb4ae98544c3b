package org.sportello.assistant.domain.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sportello.assistant.NluFileRefused;
import org.sportello.assistant.Utterance;

/**
 * Examples as CSV: a header with a {@code text} column and an {@code intent} column ({@code category},
 * as banking77 names it, is taken too), one example a row; lines starting with # are comments.
 */
final class CsvExamples {

    static final List<String> LABEL_COLUMNS = List.of("intent", "category");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private CsvExamples() {
    }

    static List<Utterance> parse(String source, String content) {
        List<Utterance> examples = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(content, FORMAT)) {
            String label = labelColumn(source, parser.getHeaderNames());
            Lines lines = new Lines(content);
            for (CSVRecord record : parser) {
                int line = lines.of(record);
                examples.add(new Utterance(value(record, "text", source, line), value(record, label, source, line)));
            }
        } catch (IOException | UncheckedIOException notCsv) {
            throw new NluFileRefused(source + ": not valid CSV (" + notCsv.getMessage()
                    + "): quote a text that holds a comma or a quote, as \"yes, please\"", notCsv);
        }
        return examples;
    }

    private static String labelColumn(String source, List<String> header) {
        if (!header.contains("text")) {
            throw new NluFileRefused(source + " line 1: the header " + header + " has no text column: the first line"
                    + " must be text,intent (or text,category)");
        }
        return LABEL_COLUMNS.stream().filter(header::contains).findFirst().orElseThrow(() -> new NluFileRefused(
                source + " line 1: the header " + header + " has no intent column: the first line must be text,intent"
                        + " (or text,category)"));
    }

    private static String value(CSVRecord record, String column, String source, int line) {
        String value = record.isSet(column) ? record.get(column).strip() : "";
        if (value.isEmpty()) {
            throw new NluFileRefused(source + " line " + line + ": the " + column + " is empty: write it, or delete the line");
        }
        return value;
    }

    /** Finds the line a record starts on, counting line breaks as the records go forward. */
    private static final class Lines {

        private final String content;
        private int position;
        private int line = 1;

        Lines(String content) {
            this.content = content;
        }

        int of(CSVRecord record) {
            advanceTo(record.getCharacterPosition());
            // A record's position is where the comments and empty lines above it start: step over them.
            int lineEnd = content.indexOf('\n', position);
            while (lineEnd >= 0 && (content.startsWith("#", position) || content.substring(position, lineEnd).isBlank())) {
                advanceTo(lineEnd + 1L);
                lineEnd = content.indexOf('\n', position);
            }
            return line;
        }

        private void advanceTo(long target) {
            for (; position < target && position < content.length(); position++) {
                if (content.charAt(position) == '\n') {
                    line++;
                }
            }
        }
    }
}
