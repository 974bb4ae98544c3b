package org.sportello.bank.adapter.out.categories;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A UTF-8 CSV file with a header and #-comments, read whole; every row knows its line so that an
 * error names the file and the line to fix. Every CSV resource of the bank is read through it.
 */
public final class CsvResource {

    /** The resources are a few hundred kilobytes; anything far larger is not ours. */
    static final int CHARS_MAX = 4_000_000;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /** One data row. */
    public record Row(String source, int line, CSVRecord record) {

        /** The trimmed value of a column; an empty string when the row is short. */
        public String get(String column) {
            return record.isSet(column) ? record.get(column).strip() : "";
        }

        public String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw error(column + " is empty");
            }
            return value;
        }

        public IllegalStateException error(String message) {
            return new IllegalStateException(source + " line " + line + ": " + message);
        }
    }

    private CsvResource() {
    }

    /** The rows of a classpath resource, after checking its header has every column named. */
    public static List<Row> read(String resource, String... columns) {
        return parse(resource, text(resource), columns);
    }

    public static List<Row> parse(String source, String content, String... columns) {
        int[] lineStarts = lineStarts(content);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(content, FORMAT)) {
            for (String column : columns) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new IllegalStateException(source + ": column '" + column + "' is missing from the header "
                            + parser.getHeaderNames());
                }
            }
            for (CSVRecord record : parser) {
                rows.add(new Row(source, lineOf(lineStarts, record.getCharacterPosition()) + commentLines(record), record));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException(source + ": not valid CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    private static String text(String resource) {
        try (InputStream in = CsvResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cannot find " + resource + " on the classpath");
            }
            byte[] bytes = in.readNBytes(CHARS_MAX * 4 + 1);
            if (bytes.length > CHARS_MAX * 4) {
                throw new IllegalStateException(resource + " is larger than " + CHARS_MAX + " characters");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the classpath", e);
        }
    }

    private static int[] lineStarts(String content) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A record's position is where the comment lines above it start: they are not its line. */
    private static int commentLines(CSVRecord record) {
        return record.hasComment() ? (int) record.getComment().lines().count() : 0;
    }

    /** The 1-based line holding a character position. */
    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return index >= 0 ? index + 1 : -index - 1;
    }
}
