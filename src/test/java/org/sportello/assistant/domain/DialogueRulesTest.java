package org.sportello.assistant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.assistant.domain.DialogueState.Awaiting;
import org.sportello.assistant.domain.entities.CategoryCode;
import org.sportello.assistant.domain.entities.DatePeriod;
import org.sportello.assistant.domain.entities.Entity;
import org.sportello.assistant.domain.entities.MerchantName;
import org.sportello.atm.Atm;

class DialogueRulesTest {

    private static final DatePeriod OCTOBER = new DatePeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
    private static final DatePeriod SEPTEMBER = new DatePeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));

    private static Entity entity(org.sportello.assistant.domain.entities.EntityValue value, String text) {
        return new Entity(value, text, 0, text.length());
    }

    @Test
    void aFollowUpChangesOnlyWhatItNames() {
        SpendingQuestion groceriesInOctober = SpendingQuestion.NOTHING.with(List.of(entity(OCTOBER, "a ottobre"),
                entity(new CategoryCode("FOOD_AND_DRINK_GROCERIES"), "supermercato")));

        SpendingQuestion september = groceriesInOctober.with(List.of(entity(SEPTEMBER, "a settembre")));

        assertThat(september).isEqualTo(new SpendingQuestion(Optional.of(SEPTEMBER), Optional.empty(),
                Optional.of("FOOD_AND_DRINK_GROCERIES"), Optional.empty()));
    }

    @Test
    void twoPeriodsAreComparedTheLaterAgainstTheEarlier() {
        SpendingQuestion question = SpendingQuestion.NOTHING.with(List.of(entity(OCTOBER, "a ottobre"), entity(SEPTEMBER, "a settembre")));

        assertThat(question.period()).contains(OCTOBER);
        assertThat(question.against()).contains(SEPTEMBER);
        assertThat(question.with(List.of(entity(SEPTEMBER, "a settembre"))).against()).isEmpty();
    }

    @Test
    void aMerchantReplacesTheCategoryAndBack() {
        SpendingQuestion groceries = SpendingQuestion.NOTHING.with(List.of(entity(new CategoryCode("FOOD_AND_DRINK_GROCERIES"), "spesa")));

        SpendingQuestion esselunga = groceries.with(List.of(entity(new MerchantName("Esselunga"), "esselunga")));
        SpendingQuestion restaurants = esselunga.with(List.of(entity(new CategoryCode("FOOD_AND_DRINK_RESTAURANT"), "ristoranti")));

        assertThat(esselunga.category()).isEmpty();
        assertThat(esselunga.merchant()).contains("Esselunga");
        assertThat(restaurants.merchant()).isEmpty();
        assertThat(restaurants.category()).contains("FOOD_AND_DRINK_RESTAURANT");
    }

    @Test
    void onlyPeriodsCategoriesAndMerchantsMakeAQuestion() {
        assertThat(SpendingQuestion.namesAnything(List.of())).isFalse();
        assertThat(SpendingQuestion.namesAnything(List.of(entity(OCTOBER, "october")))).isTrue();
    }

    @Test
    void twoMisunderstandingsInARowOfferAPersonAndUnderstandingStartsAgain() {
        DialogueState once = DialogueState.NEW.misunderstoodOnce();
        DialogueState twice = once.misunderstoodOnce();

        assertThat(once.shouldOfferHuman()).isFalse();
        assertThat(twice.shouldOfferHuman()).isTrue();
        assertThat(twice.understood(Awaiting.NOTHING).misunderstood()).isZero();
    }

    @Test
    void aQuestionAskedBecomesTheTopicAndClearsMisunderstandings() {
        SpendingQuestion october = SpendingQuestion.NOTHING.withPeriod(OCTOBER);

        DialogueState asked = DialogueState.NEW.misunderstoodOnce().asked(Intent.SPENDING, october, Awaiting.NOTHING);

        assertThat(asked.topic()).contains(Intent.SPENDING);
        assertThat(asked.question()).isEqualTo(october);
        assertThat(asked.misunderstood()).isZero();
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> new DialogueState(Optional.empty(), SpendingQuestion.NOTHING, Awaiting.NOTHING, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("misunderstood must not be negative: -1");
    }

    @ParameterizedTest
    @CsvSource({"sì,true", "si,true", "Sì!,true", "yes please,true", "ok,true", "confermo,true", "certo,true", "no,false",
            "No grazie,false", "annulla,false", "cancel,false", "nope,false"})
    void readsYesAndNo(String text, boolean yes) {
        assertThat(YesNo.of(text)).contains(yes);
    }

    @ParameterizedTest
    @CsvSource({"quanto ho speso a ottobre", "blocca la carta", "sì ma prima dimmi il saldo del conto", "''"})
    void otherMessagesAreNeitherYesNorNo(String text) {
        assertThat(YesNo.of(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"altri,3,,false", "more,3,,false", "aperti ora,0,,true", "open now,0,,true", "solo BNP,0,bnp,false",
            "only Société Générale,0,societe generale,false"})
    void placeFollowUpsRefineTheLastQuestion(String text, int shown, String operator, boolean openNow) {
        PlaceQuery asked = PlaceQuery.from(new org.sportello.shared.GeoPoint(48.8675, 2.3634));

        PlaceQuery refined = asked.followedBy(text, 3).orElseThrow();

        assertThat(refined.shown()).isEqualTo(shown);
        assertThat(refined.operator()).isEqualTo(Optional.ofNullable(operator));
        assertThat(refined.openNow()).isEqualTo(openNow);
    }

    @ParameterizedTest
    @CsvSource({"solo filiali,BRANCH,false", "only branches,BRANCH,false", "solo bancomat,ATM,false", "just ATMs,ATM,false",
            "cash machines only,ATM,false", "solo accessibili,,true", "accessibili in sedia a rotelle,,true", "wheelchair accessible,,true",
            "only wheelchair accessible ones,,true"})
    void placeFollowUpsChooseTheKindOrAccessiblePlaces(String text, Atm.Kind kind, boolean accessible) {
        PlaceQuery asked = PlaceQuery.from(new org.sportello.shared.GeoPoint(48.8675, 2.3634)).followedBy("solo BNP", 3).orElseThrow();

        PlaceQuery refined = asked.followedBy(text, 3).orElseThrow();

        assertThat(refined.kind()).isEqualTo(Optional.ofNullable(kind));
        assertThat(refined.accessible()).isEqualTo(accessible);
        assertThat(refined.operator()).as("the other filters stay").contains("bnp");
    }

    @Test
    void otherMessagesAreNotPlaceFollowUps() {
        PlaceQuery asked = PlaceQuery.from(new org.sportello.shared.GeoPoint(48.8675, 2.3634));

        assertThat(asked.followedBy("quanto ho speso a ottobre?", 3)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            bancomat vicino a Via Roma                      | Via Roma
            c'è un bancomat vicino alla stazione Termini?   | stazione Termini
            prelievo nei pressi di Piazza Navona            | Piazza Navona
            any atm close to Trafalgar Square?              | Trafalgar Square
            atm near the Brandenburg Gate!                  | Brandenburg Gate
            distributeur près de la Porte Dorée             | Porte Dorée
            un distributeur à côté de l'église              | église
            atm nearby 10117                                | 10117
            """)
    void namesThePlaceAfterNearWhetherKnownOrNot(String text, String place) {
        assertThat(PlaceQuery.namedIn(text)).contains(place);
    }

    @ParameterizedTest
    @CsvSource({"c'è un bancomat vicino a me?", "atm near me", "any atm near here?", "bancomat qui vicino",
            "where is the nearest atm", "il bancomat più vicino", "atm near my house", "vicino a casa", "atm near me please",
            "bancomat vicino a dove mi trovo adesso", "any atm near where I am?"})
    void namesNoPlaceWhenTheCustomerMeansWhereTheyAre(String text) {
        assertThat(PlaceQuery.namedIn(text)).isEmpty();
    }

    @Test
    void cutsAPlaceNamedAtLength() {
        assertThat(PlaceQuery.namedIn("near " + "a".repeat(100)).orElseThrow()).hasSize(PlaceQuery.NAMED_CHARS_MAX).endsWith("…");
    }
}
