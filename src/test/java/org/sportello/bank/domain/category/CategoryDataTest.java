package org.sportello.bank.domain.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sportello.bank.adapter.out.categories.CategoryResources;

/** The shipped data hangs together: every code it names exists, every MCC is mapped, every category has a name. */
class CategoryDataTest {

    static final Taxonomy TAXONOMY = CategoryResources.taxonomy();

    @Test
    void everyMerchantCategoryCodeTheBankKnowsHasADetailedCategory() throws IOException {
        Map<String, MccCategory> mapped = CategoryResources.mccCategories(TAXONOMY).stream()
                .collect(Collectors.toMap(MccCategory::mcc, Function.identity()));
        Set<String> known = knownMccs();

        assertThat(known).hasSize(981);
        assertThat(mapped.keySet()).isEqualTo(known);
        assertThat(mapped.values()).allSatisfy(mcc -> assertThat(mcc.category().isPrimary()).as(mcc.mcc()).isFalse());
    }

    @Test
    void commonCodesGoWhereACustomerExpects() {
        Map<String, String> expected = Map.of("5411", "FOOD_AND_DRINK_GROCERIES", "5541", "TRANSPORTATION_GAS",
                "5812", "FOOD_AND_DRINK_RESTAURANT", "5912", "MEDICAL_PHARMACIES_AND_SUPPLEMENTS",
                "4111", "TRANSPORTATION_PUBLIC_TRANSIT", "6011", "TRANSFER_OUT_WITHDRAWAL", "4511", "TRAVEL_FLIGHTS",
                "7011", "TRAVEL_LODGING", "4899", "ENTERTAINMENT_TV_AND_MOVIES", "5462", "FOOD_AND_DRINK_GROCERIES");
        Map<String, String> mapped = CategoryResources.mccCategories(TAXONOMY).stream()
                .collect(Collectors.toMap(MccCategory::mcc, mcc -> mcc.category().code()));
        expected.forEach((mcc, code) -> assertThat(mapped.get(mcc)).as(mcc).isEqualTo(code));
    }

    @Test
    void everyMerchantRuleNamesADetailedCategory() {
        List<Brand> brands = CategoryResources.brands(TAXONOMY);
        assertThat(brands).hasSizeGreaterThan(300);
        assertThat(brands).allSatisfy(brand -> {
            assertThat(brand.category().isPrimary()).as(brand.name()).isFalse();
            assertThat(brand.categoryIn().isPrimary()).as(brand.name()).isFalse();
        });
    }

    @Test
    void everyKeywordNamesADetailedCategory() {
        List<KeywordRule> keywords = CategoryResources.keywordRules(TAXONOMY);
        assertThat(keywords).hasSizeGreaterThan(300);
        assertThat(keywords).allSatisfy(rule -> assertThat(rule.category().isPrimary()).as(rule.phrase()).isFalse());
    }

    @Test
    void everyPrimaryHasDetailedCategories() {
        assertThat(TAXONOMY.primaries()).allSatisfy(primary ->
                assertThat(TAXONOMY.detailedOf(primary.code())).as(primary.code()).isNotEmpty());
        assertThat(TAXONOMY.primaries().stream().mapToInt(primary -> TAXONOMY.detailedOf(primary.code()).size()).sum())
                .isEqualTo(104);
    }

    @Test
    void everyCategoryHasANameInItalianAndInEnglish() throws IOException {
        Properties italian = bundle("i18n/messages_it.properties");
        Properties english = bundle("i18n/messages_en.properties");
        for (Category category : TAXONOMY.all()) {
            String key = "category." + category.code();
            assertThat(italian.getProperty(key)).as(key + " in Italian").isNotBlank().doesNotContain("'");
            assertThat(english.getProperty(key)).as(key + " in English").isNotBlank().doesNotContain("'");
        }
    }

    @Test
    void theBundlesNameNoCategoryTheTaxonomyLacks() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String key : bundle("i18n/messages_en.properties").stringPropertyNames()) {
            if (key.startsWith("category.")) {
                named.add(key.substring("category.".length()));
            }
        }
        assertThat(named).isEqualTo(TAXONOMY.all().stream().map(Category::code).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Set<String> knownMccs() throws IOException {
        Set<String> codes = new TreeSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = resource("bank/mcc/mcc_codes.csv");
             CSVParser parser = CSVParser.parse(in, StandardCharsets.UTF_8, format)) {
            for (CSVRecord record : parser) {
                codes.add(record.get("mcc").strip());
            }
        }
        return codes;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static InputStream resource(String name) {
        InputStream in = CategoryDataTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
