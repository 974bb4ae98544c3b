package org.sportello.assistant.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.assistant.adapter.out.categories.CsvCategorySynonyms;
import org.sportello.shared.Language;

class CategoryMatcherTest {

    static final CategoryMatcher TAXONOMY = new CategoryMatcher(CsvCategorySynonyms.fromClasspath());

    @ParameterizedTest(name = "[{index}] \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            quanto ho speso al supermercato?     | supermercato          | FOOD_AND_DRINK_GROCERIES
            la spesa di ottobre                  | spesa                 | FOOD_AND_DRINK_GROCERIES
            quanto spendo per fare la spesa      | fare la spesa         | FOOD_AND_DRINK_GROCERIES
            spesa al supermercato                | spesa al supermercato | FOOD_AND_DRINK_GROCERIES
            Quanto ho speso di BENZINA?          | BENZINA               | TRANSPORTATION_GAS
            dal benzinaio                        | benzinaio             | TRANSPORTATION_GAS
            ristoranti a ottobre                 | ristoranti            | FOOD_AND_DRINK_RESTAURANT
            quanto spendo al bar                 | bar                   | FOOD_AND_DRINK_COFFEE
            caffè                                | caffè                 | FOOD_AND_DRINK_COFFEE
            bolletta della luce                  | bolletta della luce   | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY
            le mie bollette                      | bollette              | RENT_AND_UTILITIES
            cibo per animali                     | cibo per animali      | GENERAL_MERCHANDISE_PET_SUPPLIES
            abbonamento palestra                 | abbonamento palestra  | PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS
            prelievi al bancomat                 | prelievi al bancomat  | TRANSFER_OUT_WITHDRAWAL
            spese per l’università               | università            | GENERAL_SERVICES_EDUCATION
            """)
    void findsTheCategoryAnItalianCustomerNames(String message, String text, String code) {
        assertOneCategory(TAXONOMY.find(message, Optional.of(Language.IT)), message, text, code);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            how much did I spend eating out?     | eating out            | FOOD_AND_DRINK_RESTAURANT
            restaurants last month               | restaurants           | FOOD_AND_DRINK_RESTAURANT
            Groceries                            | Groceries             | FOOD_AND_DRINK_GROCERIES
            fuel in october                      | fuel                  | TRANSPORTATION_GAS
            petrol                               | petrol                | TRANSPORTATION_GAS
            at the petrol station                | petrol station        | TRANSPORTATION_GAS
            my gas bill                          | gas bill              | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY
            drinks at the bar                    | bar                   | FOOD_AND_DRINK_RESTAURANT
            streaming subscriptions              | streaming subscriptions | ENTERTAINMENT_TV_AND_MOVIES
            """)
    void findsTheCategoryAnEnglishCustomerNames(String message, String text, String code) {
        assertOneCategory(TAXONOMY.find(message, Optional.of(Language.EN)), message, text, code);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" names no category")
    @CsvSource(delimiter = '|', textBlock = """
            quanto ho speso questo mese
            le mie spese
            spese di ottobre
            limite di spesa
            la spesa totale di ottobre
            spesa
            qual è il mio saldo
            """)
    void spendingInGeneralIsNoCategory(String message) {
        assertThat(TAXONOMY.find(message, Optional.of(Language.IT))).isEmpty();
    }

    @Test
    void aKnownLanguageReadsOnlyItsOwnSynonyms() {
        assertThat(TAXONOMY.find("what's the exchange rate", Optional.of(Language.EN))).isEmpty();
        assertThat(TAXONOMY.find("rate", Optional.of(Language.IT))).extracting(Entity::value)
                .containsExactly(new CategoryCode("LOAN_PAYMENTS"));
        assertThat(TAXONOMY.find("benzina", Optional.of(Language.EN))).isEmpty();
    }

    @Test
    void anUnknownLanguageReadsBothItalianFirst() {
        assertThat(TAXONOMY.find("groceries e benzina", Optional.empty())).extracting(Entity::value)
                .containsExactly(new CategoryCode("FOOD_AND_DRINK_GROCERIES"), new CategoryCode("TRANSPORTATION_GAS"));
        assertThat(TAXONOMY.find("bar", Optional.empty())).extracting(Entity::value)
                .containsExactly(new CategoryCode("FOOD_AND_DRINK_COFFEE"));
    }

    @Test
    void theLongestSynonymWinsAndSpansItsWords() {
        CategoryMatcher matcher = new CategoryMatcher(List.of(
                new CategorySynonyms("FOOD_AND_DRINK", List.of("cibo"), List.of("food")),
                new CategorySynonyms("GENERAL_MERCHANDISE_PET_SUPPLIES", List.of("cibo per animali"), List.of("pet food"))));

        assertThat(matcher.find("Il cibo  PER gli animali e il cibo", Optional.of(Language.IT)))
                .extracting(Entity::text, Entity::start, Entity::end, entity -> entity.value().json())
                .containsExactly(tuple("cibo  PER gli animali", 3, 24, "GENERAL_MERCHANDISE_PET_SUPPLIES"),
                        tuple("cibo", 30, 34, "FOOD_AND_DRINK"));
    }

    @Test
    void refusesASynonymThatNamesTwoCategoriesInOneLanguage() {
        List<CategorySynonyms> categories = List.of(
                new CategorySynonyms("TRAVEL_FLIGHTS", List.of("voli"), List.of("flights")),
                new CategorySynonyms("TRAVEL_OTHER_TRAVEL", List.of("i voli"), List.of("cruise")));

        assertThatThrownBy(() -> new CategoryMatcher(categories))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("synonym 'i voli' (IT) names both TRAVEL_FLIGHTS and TRAVEL_OTHER_TRAVEL");
    }

    @Test
    void refusesASynonymWithNothingButArticles() {
        assertThatThrownBy(() -> new CategoryMatcher(List.of(new CategorySynonyms("TRAVEL", List.of("il"), List.of()))))
                .hasMessage("synonym 'il' must have 1 to 6 words besides articles and prepositions");
    }

    private static void assertOneCategory(List<Entity> found, String message, String text, String code) {
        assertThat(found).singleElement().satisfies(entity -> {
            assertThat(entity.text()).isEqualTo(text);
            assertThat(entity.start()).isEqualTo(message.indexOf(text));
            assertThat(entity.value()).isEqualTo(new CategoryCode(code));
        });
    }
}
