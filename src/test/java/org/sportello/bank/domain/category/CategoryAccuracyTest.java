package org.sportello.bank.domain.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sportello.bank.adapter.out.categories.CategoryResources;
import org.sportello.bank.domain.category.CategoryAssignment.Source;

/**
 * Runs the categoriser over the hand-labelled sample and reports how often it agrees, overall, per
 * source and per primary category, with every disagreement listed. The report also goes to
 * target/category-accuracy.txt.
 */
class CategoryAccuracyTest {

    static final String SAMPLE = "bank/categories/labelled-transactions.csv";
    static final Path REPORT = Path.of("target", "category-accuracy.txt");
    static final double ACCURACY_MIN = 0.90;

    static final Taxonomy TAXONOMY = CategoryResources.taxonomy();
    static final MerchantNames NAMES = CategoryResources.merchantNames(TAXONOMY);
    static final Categoriser CATEGORISER = CategoryResources.categoriser(TAXONOMY);

    /** Two customers' own choices, keyed by the name Sportello showed them when they chose. */
    static final Map<String, String> OVERRIDES = Map.of(
            "c-anna|" + NAMES.normalise("PALESTRA ZENIT SSD"), "PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS",
            "c-luca|" + NAMES.normalise("MARIO ROSSI"), "RENT_AND_UTILITIES_RENT");
    static final CategoryOverrides CUSTOMER_CHOICES =
            (customer, merchant) -> Optional.ofNullable(OVERRIDES.get(customer + "|" + merchant));

    record Labelled(String id, CategoryInput input, String expected, String note) {
    }

    record Outcome(Labelled row, CategoryAssignment assignment) {

        boolean correct() {
            return assignment.category().code().equals(row.expected());
        }

        String expectedPrimary() {
            return TAXONOMY.require(row.expected()).primaryCode();
        }
    }

    @Test
    void agreesWithTheLabelledSampleOftenEnough() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Labelled row : sample()) {
            outcomes.add(new Outcome(row, CATEGORISER.categorise(row.input(), CUSTOMER_CHOICES)));
        }
        String report = report(outcomes);
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);

        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(300);
        assertThat(accuracy(outcomes)).as("overall accuracy, see " + REPORT).isGreaterThanOrEqualTo(ACCURACY_MIN);
    }

    @Test
    void everyExpectedCategoryIsADetailedCategoryOfTheTaxonomy() throws IOException {
        for (Labelled row : sample()) {
            assertThat(TAXONOMY.find(row.expected())).as(row.id()).isPresent();
            assertThat(TAXONOMY.require(row.expected()).isPrimary()).as(row.id()).isFalse();
        }
    }

    static String report(List<Outcome> outcomes) {
        StringBuilder report = new StringBuilder();
        long primaryCorrect = outcomes.stream()
                .filter(outcome -> outcome.assignment().category().primaryCode().equals(outcome.expectedPrimary())).count();
        report.append(String.format(Locale.ROOT, "Category accuracy on %s%n", SAMPLE));
        report.append(String.format(Locale.ROOT, "overall (detailed): %s%n", score(outcomes)));
        report.append(String.format(Locale.ROOT, "overall (primary):  %d/%d = %.3f%n%n", primaryCorrect, outcomes.size(),
                (double) primaryCorrect / outcomes.size()));
        section(report, "by source", outcomes, outcome -> outcome.assignment().source().name());
        section(report, "by expected primary category", outcomes, Outcome::expectedPrimary);
        report.append("misclassified rows (id, kind, merchant | mcc | counterparty | remittance: expected -> got [source] merchant shown; note)\n");
        for (Outcome outcome : outcomes) {
            if (!outcome.correct()) {
                report.append(line(outcome)).append('\n');
            }
        }
        return report.toString();
    }

    private static void section(StringBuilder report, String title, List<Outcome> outcomes, Function<Outcome, String> key) {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            groups.computeIfAbsent(key.apply(outcome), group -> new ArrayList<>()).add(outcome);
        }
        report.append(title).append('\n');
        groups.forEach((group, members) -> report.append(String.format(Locale.ROOT, "  %-28s %s%n", group, score(members))));
        report.append('\n');
    }

    private static String score(List<Outcome> outcomes) {
        long correct = outcomes.stream().filter(Outcome::correct).count();
        return String.format(Locale.ROOT, "%d/%d = %.3f", correct, outcomes.size(), accuracy(outcomes));
    }

    private static double accuracy(List<Outcome> outcomes) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(Outcome::correct).count() / outcomes.size();
    }

    private static String line(Outcome outcome) {
        CategoryInput input = outcome.row().input();
        Source source = outcome.assignment().source();
        return String.format(Locale.ROOT, "  %s %s %s | %s | %s | %s: %s -> %s [%s] %s; %s", outcome.row().id(), input.kind(),
                blank(input.merchantName()), blank(input.mcc()), blank(input.counterparty()), blank(input.remittance()),
                outcome.row().expected(), outcome.assignment().category().code(), source, outcome.assignment().merchant(),
                outcome.row().note());
    }

    private static String blank(String text) {
        return text == null ? "-" : text;
    }

    static List<Labelled> sample() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        List<Labelled> rows = new ArrayList<>();
        try (InputStream in = CategoryAccuracyTest.class.getClassLoader().getResourceAsStream(SAMPLE);
             CSVParser parser = CSVParser.parse(in, StandardCharsets.UTF_8, format)) {
            for (CSVRecord record : parser) {
                CategoryInput input = new CategoryInput(orNull(record.get("merchant")), orNull(record.get("mcc")),
                        orNull(record.get("counterparty")), orNull(record.get("remittance")),
                        Boolean.parseBoolean(record.get("debit")), record.get("kind"), record.get("customer"));
                rows.add(new Labelled(record.get("id"), input, record.get("expected"), record.get("note")));
            }
        }
        return rows;
    }

    private static String orNull(String text) {
        return text.isBlank() ? null : text;
    }
}
