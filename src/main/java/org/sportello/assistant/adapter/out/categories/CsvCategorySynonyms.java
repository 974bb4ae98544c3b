package org.sportello.assistant.adapter.out.categories;

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
import org.sportello.assistant.domain.entities.CategorySynonyms;

/**
 * Reads the spending taxonomy's synonyms for the assistant from the file the bank categorises with,
 * {@code bank/categories/taxonomy.csv}: one file, so a synonym added there is understood in chat too.
 * The bank's API does not offer the synonyms, and the assistant does not reach into the bank's
 * internals, so it reads the file itself.
 */
public final class CsvCategorySynonyms {

    public static final String TAXONOMY = "bank/categories/taxonomy.csv";
    /** The taxonomy is some twenty kilobytes; far more is not the taxonomy. */
    static final int BYTES_MAX = 1_000_000;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    private static final List<String> COLUMNS = List.of("code", "synonyms_it", "synonyms_en");

    private CsvCategorySynonyms() {
    }

    public static List<CategorySynonyms> fromClasspath() {
        return parse(TAXONOMY, read(TAXONOMY));
    }

    /** @throws IllegalStateException naming the source and line of a row that is not a category */
    static List<CategorySynonyms> parse(String source, String csv) {
        List<CategorySynonyms> categories = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            if (!parser.getHeaderNames().containsAll(COLUMNS)) {
                throw new IllegalStateException(source + ": the header " + parser.getHeaderNames() + " lacks one of " + COLUMNS);
            }
            for (CSVRecord row : parser) {
                categories.add(category(source, row));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException(source + ": not valid CSV: " + e.getMessage(), e);
        }
        return List.copyOf(categories);
    }

    private static CategorySynonyms category(String source, CSVRecord row) {
        try {
            return new CategorySynonyms(cell(row, "code"), alternatives(cell(row, "synonyms_it")),
                    alternatives(cell(row, "synonyms_en")));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " record " + row.getRecordNumber() + ": " + e.getMessage(), e);
        }
    }

    private static String cell(CSVRecord row, String column) {
        return row.isSet(column) ? row.get(column).strip() : "";
    }

    /** "a|b | c" → [a, b, c]; empty parts are dropped. */
    private static List<String> alternatives(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private static String read(String resource) {
        try (InputStream in = CsvCategorySynonyms.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cannot find " + resource + " on the classpath");
            }
            byte[] bytes = in.readNBytes(BYTES_MAX + 1);
            if (bytes.length > BYTES_MAX) {
                throw new IllegalStateException(resource + " is larger than " + BYTES_MAX + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the classpath", e);
        }
    }
}
