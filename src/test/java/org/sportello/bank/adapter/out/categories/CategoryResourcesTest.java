package org.sportello.bank.adapter.out.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sportello.bank.domain.category.CategoryAssignment.Source;
import org.sportello.bank.domain.category.CategoryInput;
import org.sportello.bank.domain.category.CategoryOverrides;
import org.sportello.bank.domain.category.Taxonomy;

/** The shipped files load, and a mistake in one is reported with the file and the line. */
class CategoryResourcesTest {

    static final Taxonomy TAXONOMY = CategoryResources.taxonomy();
    static final String MERCHANTS = "bank/categories/merchants.csv";

    @Test
    void loadsTheShippedFilesIntoAWorkingCategoriser() {
        assertThat(TAXONOMY.size()).isEqualTo(120);
        assertThat(CategoryResources.mccCategories(TAXONOMY)).hasSize(981);

        var assignment = CategoryResources.categoriser().categorise(
                new CategoryInput("ENI STATION 4471 MILANO", "5541", null, null, true, "CARD_PAYMENT", "c1"), CategoryOverrides.NONE);
        assertThat(assignment.category().code()).isEqualTo("TRANSPORTATION_GAS");
        assertThat(assignment.source()).isEqualTo(Source.MERCHANT_RULE);
        assertThat(assignment.merchant()).isEqualTo("Eni");
    }

    @Test
    void namesTheFileAndLineOfAnUnknownCategory() {
        String content = """
                # a comment
                patterns,name,category,category_in
                esselunga,Esselunga,FOOD_AND_DRINK_GROCERIES,
                # another comment
                conad,Conad,FOOD_GROCERIES,
                """;
        assertThatThrownBy(() -> CategoryResources.merchantNames(TAXONOMY, rows(MERCHANTS, content, "patterns", "name", "category", "category_in")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("bank/categories/merchants.csv line 5: unknown category 'FOOD_GROCERIES'");
    }

    @Test
    void countsTheCommentsAboveTheFirstRow() {
        String content = """
                # one
                # two
                patterns,name,category,category_in
                # three
                # four
                conad,Conad,FOOD_GROCERIES,
                """;
        assertThatThrownBy(() -> CategoryResources.merchantNames(TAXONOMY, rows(MERCHANTS, content, "patterns", "name", "category", "category_in")))
                .hasMessage("bank/categories/merchants.csv line 6: unknown category 'FOOD_GROCERIES'");
    }

    @Test
    void namesTheFileOfAPatternGivenToTwoBrands() {
        String content = """
                patterns,name,category,category_in
                coop,Coop,FOOD_AND_DRINK_GROCERIES,
                coop,Coop Voce,RENT_AND_UTILITIES_TELEPHONE,
                """;
        assertThatThrownBy(() -> CategoryResources.merchantNames(TAXONOMY, rows(MERCHANTS, content, "patterns", "name", "category", "category_in")))
                .hasMessage("bank/categories/merchants.csv: pattern 'coop' belongs to both Coop and Coop Voce");
    }

    @Test
    void refusesAMissingColumn() {
        assertThatThrownBy(() -> rows("bank/categories/keywords.csv", "keyword,category,direction\nrata,LOAN_PAYMENTS_OTHER_PAYMENT,debit\n",
                "keyword", "category", "direction", "weight"))
                .hasMessage("bank/categories/keywords.csv: column 'weight' is missing from the header [keyword, category, direction]");
    }

    @Test
    void refusesABadWeightDirectionOrStrength() {
        String keywords = "keyword,category,direction,weight\nrata,LOAN_PAYMENTS_OTHER_PAYMENT,debit,heavy\n";
        assertThatThrownBy(() -> CategoryResources.keywordRules(TAXONOMY, rows("k.csv", keywords, "weight")))
                .hasMessage("k.csv line 2: weight must be a number, got 'heavy'");
        String direction = "keyword,category,direction,weight\nrata,LOAN_PAYMENTS_OTHER_PAYMENT,outwards,3\n";
        assertThatThrownBy(() -> CategoryResources.keywordRules(TAXONOMY, rows("k.csv", direction, "weight")))
                .hasMessage("k.csv line 2: direction must be debit, credit or any, got 'outwards'");
        String tooHeavy = "keyword,category,direction,weight\nrata,LOAN_PAYMENTS_OTHER_PAYMENT,debit,12\n";
        assertThatThrownBy(() -> CategoryResources.keywordRules(TAXONOMY, rows("k.csv", tooHeavy, "weight")))
                .hasMessage("k.csv line 2: keyword weight must be 1 to 9, got 12");
        String strength = "mcc,category,strength\n5411,FOOD_AND_DRINK_GROCERIES,strong\n";
        assertThatThrownBy(() -> CategoryResources.mccCategories(TAXONOMY, rows("m.csv", strength, "strength")))
                .hasMessage("m.csv line 2: strength must be specific or vague, got 'strong'");
    }

    @Test
    void refusesAnEmptyRequiredCell() {
        String content = "code,primary,synonyms_it,synonyms_en\nTRAVEL,,,\n";
        assertThatThrownBy(() -> CategoryResources.taxonomy(rows("t.csv", content, "code")))
                .hasMessage("t.csv line 2: primary is empty");
    }

    @Test
    void countsLinesInsideQuotedCells() {
        String content = "mcc,category,strength,description\n5411,FOOD_AND_DRINK_GROCERIES,specific,\"two\nlines\"\n"
                + "5412,NOPE,specific,x\n";
        assertThatThrownBy(() -> CategoryResources.mccCategories(TAXONOMY, rows("m.csv", content, "mcc")))
                .hasMessage("m.csv line 4: unknown category 'NOPE'");
    }

    @Test
    void saysWhichResourceIsMissing() {
        assertThatThrownBy(() -> CsvResource.read("bank/categories/nope.csv"))
                .hasMessage("cannot find bank/categories/nope.csv on the classpath");
    }

    private static java.util.List<CsvResource.Row> rows(String source, String content, String... columns) {
        return CsvResource.parse(source, content, columns);
    }
}
