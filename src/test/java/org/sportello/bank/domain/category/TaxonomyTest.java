package org.sportello.bank.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.bank.adapter.out.categories.CategoryResources;
import org.sportello.shared.Language;

class TaxonomyTest {

    static final Taxonomy TAXONOMY = CategoryResources.taxonomy();

    @Test
    void hasTheSixteenPrimariesAndTheirDetailedCategories() {
        assertThat(TAXONOMY.primaries()).hasSize(16).allMatch(Category::isPrimary);
        assertThat(TAXONOMY.size()).isEqualTo(16 + 104);
        assertThat(TAXONOMY.primaries().stream().map(Category::code)).contains("FOOD_AND_DRINK", "TRANSPORTATION",
                "RENT_AND_UTILITIES", "INCOME", "TRANSFER_IN", "TRANSFER_OUT", "LOAN_PAYMENTS", "BANK_FEES", "ENTERTAINMENT",
                "GENERAL_MERCHANDISE", "HOME_IMPROVEMENT", "MEDICAL", "PERSONAL_CARE", "GENERAL_SERVICES",
                "GOVERNMENT_AND_NON_PROFIT", "TRAVEL");
    }

    @Test
    void listsTheDetailedCategoriesOfAPrimaryInOrder() {
        assertThat(TAXONOMY.detailedOf("TRAVEL").stream().map(Category::code))
                .containsExactly("TRAVEL_FLIGHTS", "TRAVEL_LODGING", "TRAVEL_RENTAL_CARS", "TRAVEL_OTHER_TRAVEL");
        assertThat(TAXONOMY.detailedOf("TRAVEL_FLIGHTS")).isEmpty();
        assertThat(TAXONOMY.detailedOf("NO_SUCH_PRIMARY")).isEmpty();
    }

    @Test
    void findsACategoryByCode() {
        Category groceries = TAXONOMY.find("FOOD_AND_DRINK_GROCERIES").orElseThrow();
        assertThat(groceries.primaryCode()).isEqualTo("FOOD_AND_DRINK");
        assertThat(groceries.isPrimary()).isFalse();
        assertThat(TAXONOMY.find("FOOD_AND_DRINK").orElseThrow().isPrimary()).isTrue();
        assertThat(TAXONOMY.find("food_and_drink")).isEmpty();
        assertThatThrownBy(() -> TAXONOMY.require("NOPE")).hasMessage("unknown category 'NOPE'");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "quanto ho speso al supermercato questo mese? | FOOD_AND_DRINK_GROCERIES",
            "spesa                                        | FOOD_AND_DRINK_GROCERIES",
            "Quanto ho speso di BENZINA?                  | TRANSPORTATION_GAS",
            "ristoranti a ottobre                         | FOOD_AND_DRINK_RESTAURANT",
            "le mie bollette                              | RENT_AND_UTILITIES",
            "bolletta della luce                          | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY",
            "quanto spendo al bar                         | FOOD_AND_DRINK_COFFEE",
            "caffè                                        | FOOD_AND_DRINK_COFFEE",
            "caffe                                        | FOOD_AND_DRINK_COFFEE",
            "spese per l’università                       | GENERAL_SERVICES_EDUCATION",
            "universita                                   | GENERAL_SERVICES_EDUCATION",
            "quanto pago di mutuo                         | LOAN_PAYMENTS_MORTGAGE_PAYMENT",
            "farmacia                                     | MEDICAL_PHARMACIES_AND_SUPPLEMENTS"})
    void findsTheCategoryAnItalianCustomerNames(String text, String code) {
        assertThat(TAXONOMY.matchSynonym(text, Language.IT)).map(Category::code).hasValue(code);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "how much did I spend eating out?  | FOOD_AND_DRINK_RESTAURANT",
            "Groceries                         | FOOD_AND_DRINK_GROCERIES",
            "fuel last month                   | TRANSPORTATION_GAS",
            "my electricity bill               | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY",
            "what did I pay for the gas bill   | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY",
            "coffee                            | FOOD_AND_DRINK_COFFEE",
            "at the café                       | FOOD_AND_DRINK_COFFEE",
            "bars and pubs                     | FOOD_AND_DRINK_RESTAURANT",
            "public transport                  | TRANSPORTATION_PUBLIC_TRANSIT"})
    void findsTheCategoryAnEnglishCustomerNames(String text, String code) {
        assertThat(TAXONOMY.matchSynonym(text, Language.EN)).map(Category::code).hasValue(code);
    }

    @Test
    void theLongestSynonymWins() {
        assertThat(TAXONOMY.matchSynonym("cibo per animali", Language.IT)).map(Category::code).hasValue("GENERAL_MERCHANDISE_PET_SUPPLIES");
        assertThat(TAXONOMY.matchSynonym("cibo", Language.IT)).map(Category::code).hasValue("FOOD_AND_DRINK");
        assertThat(TAXONOMY.matchSynonym("music streaming", Language.EN)).map(Category::code).hasValue("ENTERTAINMENT_MUSIC_AND_AUDIO");
        assertThat(TAXONOMY.matchSynonym("streaming", Language.EN)).map(Category::code).hasValue("ENTERTAINMENT_TV_AND_MOVIES");
    }

    @Test
    void matchesWholeWordsOnlyAndInTheGivenLanguage() {
        assertThat(TAXONOMY.matchSynonym("barca a vela", Language.IT)).isEmpty();
        assertThat(TAXONOMY.matchSynonym("qual è il mio saldo", Language.IT)).isEmpty();
        assertThat(TAXONOMY.matchSynonym("benzina", Language.EN)).isEmpty();
        assertThat(TAXONOMY.matchSynonym("", Language.EN)).isEmpty();
        assertThat(TAXONOMY.matchSynonym(null, Language.IT)).isEmpty();
    }

    @Test
    void refusesACodeListedTwice() {
        assertThatThrownBy(() -> new Taxonomy(List.of(Category.of("TRAVEL", "TRAVEL"), Category.of("TRAVEL", "TRAVEL"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("category TRAVEL is listed twice");
    }

    @Test
    void refusesADetailedCategoryWithoutItsPrimary() {
        assertThatThrownBy(() -> new Taxonomy(List.of(Category.of("TRAVEL_FLIGHTS", "TRAVEL"))))
                .hasMessage("category TRAVEL_FLIGHTS names primary TRAVEL, which is not in the taxonomy");
    }

    @Test
    void refusesASynonymThatNamesTwoCategories() {
        List<Category> categories = List.of(Category.of("TRAVEL", "TRAVEL"),
                new Category("TRAVEL_FLIGHTS", "TRAVEL", List.of("voli"), List.of()),
                new Category("TRAVEL_OTHER_TRAVEL", "TRAVEL", List.of("i voli"), List.of()));
        assertThatThrownBy(() -> new Taxonomy(categories)).hasMessage("synonym 'i voli' (IT) names both TRAVEL_FLIGHTS and TRAVEL_OTHER_TRAVEL");
    }

    @Test
    void refusesMalformedCodes() {
        assertThatThrownBy(() -> Category.of("Travel", "Travel"))
                .hasMessage("category code must be upper-case letters, digits and _, got 'Travel'");
        assertThatThrownBy(() -> Category.of("FLIGHTS", "TRAVEL"))
                .hasMessage("detailed category FLIGHTS must start with its primary TRAVEL_");
    }
}
