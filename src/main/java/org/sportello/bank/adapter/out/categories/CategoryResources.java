package org.sportello.bank.adapter.out.categories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sportello.bank.domain.category.Brand;
import org.sportello.bank.domain.category.Categoriser;
import org.sportello.bank.domain.category.Category;
import org.sportello.bank.domain.category.KeywordRule;
import org.sportello.bank.domain.category.MccCategory;
import org.sportello.bank.domain.category.MerchantNames;
import org.sportello.bank.domain.category.Taxonomy;

/**
 * Reads the categorisation data under {@code bank/categories/} into the domain objects. Meant to be
 * called once at start-up (reading everything takes some tens of milliseconds); a mistake in a file
 * fails fast with the file and line.
 */
public final class CategoryResources {

    static final String DIRECTORY = "bank/categories/";
    static final String TAXONOMY = DIRECTORY + "taxonomy.csv";
    static final String MERCHANTS = DIRECTORY + "merchants.csv";
    static final String MCC_CATEGORIES = DIRECTORY + "mcc-categories.csv";
    static final String KEYWORDS = DIRECTORY + "keywords.csv";

    private CategoryResources() {
    }

    public static Taxonomy taxonomy() {
        return taxonomy(CsvResource.read(TAXONOMY, "code", "primary", "synonyms_it", "synonyms_en"));
    }

    public static MerchantNames merchantNames(Taxonomy taxonomy) {
        List<CsvResource.Row> rows = merchantRows();
        List<Brand> brands = brands(taxonomy, rows);
        return build(rows, () -> new MerchantNames(brands));
    }

    /** The brand dictionary as rules, for tools and tests that look at the whole of it. */
    public static List<Brand> brands(Taxonomy taxonomy) {
        return brands(taxonomy, merchantRows());
    }

    public static List<MccCategory> mccCategories(Taxonomy taxonomy) {
        return mccCategories(taxonomy, CsvResource.read(MCC_CATEGORIES, "mcc", "category", "strength"));
    }

    public static List<KeywordRule> keywordRules(Taxonomy taxonomy) {
        return keywordRules(taxonomy, CsvResource.read(KEYWORDS, "keyword", "category", "direction", "weight"));
    }

    public static Categoriser categoriser() {
        return categoriser(taxonomy());
    }

    public static Categoriser categoriser(Taxonomy taxonomy) {
        return new Categoriser(taxonomy, merchantNames(taxonomy), mccCategories(taxonomy), keywordRules(taxonomy));
    }

    static Taxonomy taxonomy(List<CsvResource.Row> rows) {
        List<Category> categories = new ArrayList<>();
        for (CsvResource.Row row : rows) {
            try {
                categories.add(new Category(row.required("code"), row.required("primary"),
                        alternatives(row.get("synonyms_it")), alternatives(row.get("synonyms_en"))));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return build(rows, () -> new Taxonomy(categories));
    }

    static MerchantNames merchantNames(Taxonomy taxonomy, List<CsvResource.Row> rows) {
        List<Brand> brands = brands(taxonomy, rows);
        return build(rows, () -> new MerchantNames(brands));
    }

    static List<Brand> brands(Taxonomy taxonomy, List<CsvResource.Row> rows) {
        List<Brand> brands = new ArrayList<>();
        for (CsvResource.Row row : rows) {
            Category category = category(taxonomy, row, "category");
            Category categoryIn = row.get("category_in").isEmpty() ? null : category(taxonomy, row, "category_in");
            try {
                brands.add(new Brand(row.required("name"), alternatives(row.required("patterns")), category, categoryIn));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return List.copyOf(brands);
    }

    private static List<CsvResource.Row> merchantRows() {
        return CsvResource.read(MERCHANTS, "patterns", "name", "category", "category_in");
    }

    static List<MccCategory> mccCategories(Taxonomy taxonomy, List<CsvResource.Row> rows) {
        List<MccCategory> mccs = new ArrayList<>();
        for (CsvResource.Row row : rows) {
            String strength = row.required("strength");
            if (!strength.equals("specific") && !strength.equals("vague")) {
                throw row.error("strength must be specific or vague, got '" + strength + "'");
            }
            try {
                mccs.add(new MccCategory(row.required("mcc"), category(taxonomy, row, "category"), strength.equals("vague")));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return List.copyOf(mccs);
    }

    static List<KeywordRule> keywordRules(Taxonomy taxonomy, List<CsvResource.Row> rows) {
        List<KeywordRule> rules = new ArrayList<>();
        for (CsvResource.Row row : rows) {
            KeywordRule.Direction direction = direction(row);
            int weight = weight(row);
            try {
                rules.add(new KeywordRule(row.required("keyword"), category(taxonomy, row, "category"), direction, weight));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return List.copyOf(rules);
    }

    private static Category category(Taxonomy taxonomy, CsvResource.Row row, String column) {
        String code = row.required(column);
        return taxonomy.find(code).orElseThrow(() -> row.error("unknown category '" + code + "'"));
    }

    private static KeywordRule.Direction direction(CsvResource.Row row) {
        String direction = row.required("direction");
        return Arrays.stream(KeywordRule.Direction.values())
                .filter(value -> value.name().equalsIgnoreCase(direction))
                .findFirst()
                .orElseThrow(() -> row.error("direction must be debit, credit or any, got '" + direction + "'"));
    }

    private static int weight(CsvResource.Row row) {
        String weight = row.required("weight");
        if (!weight.matches("[0-9]{1,2}")) {
            throw row.error("weight must be a number, got '" + weight + "'");
        }
        return Integer.parseInt(weight);
    }

    /** "a|b | c" → [a, b, c]; empty parts are dropped. */
    private static List<String> alternatives(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(part -> !part.isEmpty())
                .map(part -> part.toLowerCase(Locale.ROOT)).toList();
    }

    /** Errors that span rows (a synonym or pattern used twice) are reported against the file. */
    private static <T> T build(List<CsvResource.Row> rows, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            String source = rows.isEmpty() ? "bank/categories" : rows.get(0).source();
            throw new IllegalStateException(source + ": " + e.getMessage(), e);
        }
    }
}
