package org.sportello.fraud.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.fraud.CardPayments.MILAN;
import static org.sportello.fraud.CardPayments.NEW_YORK;
import static org.sportello.fraud.CardPayments.ROME_CENTRE;
import static org.sportello.fraud.CardPayments.aPayment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.fraud.Assessment;
import org.sportello.fraud.CardPayments;
import org.sportello.fraud.Decision;
import org.sportello.fraud.Reason;
import org.sportello.fraud.ReasonCode;
import org.sportello.shared.Money;

/** Each reason fires on a stream made for it, and none on the card's usual payments. */
class FraudScorerTest {

    /** A month of one payment a day at lunchtime in Milan, €40, in four everyday categories. */
    static final Instant MONTH_START = Instant.parse("2023-03-01T11:00:00Z");
    static final List<String> USUAL_CATEGORIES = List.of("food_dining", "gas_transport", "grocery_pos", "kids_pets");
    static final int USUAL_DAYS = 30;
    /** The day after the month, 13:00 in Rome (CET, UTC+1). */
    static final Instant NEXT_DAY = MONTH_START.plus(Duration.ofDays(USUAL_DAYS)).plus(Duration.ofHours(1));
    /** (30 × €40 + 4 × the assumed €50) / 34: the card's median blended with the assumed usual amount. */
    static final Money USUAL = Money.eur("41.17");

    FraudScorer scorer;

    @BeforeEach
    void aCardWithAUsualMonth() {
        scorer = new FraudScorer(ScoringRules.DEFAULTS, Weights.HAND_SET, CardProfiles.unbounded());
        for (int day = 0; day < USUAL_DAYS; day++) {
            scorer.score(aPayment().in(USUAL_CATEGORIES.get(day % USUAL_CATEGORIES.size()))
                    .at(MONTH_START.plus(Duration.ofDays(day))).build());
        }
    }

    @Test
    void aUsualPaymentIsAllowedWithoutReasons() {
        Assessment assessment = scorer.score(usual().of("45.00").build());

        assertThat(assessment.decision()).isEqualTo(Decision.ALLOW);
        assertThat(assessment.reasons()).isEmpty();
        assertThat(assessment.score()).isLessThan(0.05);
    }

    @Test
    void aMicroPaymentInACategoryNewToTheCardIsACardTest() {
        Assessment test = scorer.score(usual().of("0.99").in("charity_donations").build());

        assertThat(test.decision()).isEqualTo(Decision.ALERT);
        assertThat(test.reasons()).extracting(Reason::code).contains(ReasonCode.CARD_TESTING);
    }

    @Test
    void aMicroPaymentInACategoryTheCardUsesIsNot() {
        Assessment coffee = scorer.score(usual().of("1.50").in("food_dining").build());

        assertThat(coffee.decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void anAmountManyTimesTheUsualIsHighForTheCard() {
        Assessment assessment = scorer.score(usual().of("576.40").build());

        assertThat(assessment.reasons()).containsExactly(
                Reason.of(ReasonCode.AMOUNT_HIGH_FOR_CARD, Money.eur("576.40"), 14L, USUAL));
        assertThat(assessment.decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aLargeAmountAtNightInANewCategoryIsHeld() {
        Assessment assessment = scorer.score(usual().of("980.00").in("shopping_net").online().at("2023-04-01T01:10:00Z").build());

        assertThat(assessment.reasons()).extracting(Reason::code).containsExactly(ReasonCode.AMOUNT_HIGH_FOR_CARD,
                ReasonCode.NEW_CATEGORY, ReasonCode.NIGHT, ReasonCode.RISKY_MCC);
        assertThat(assessment.reasons().get(1)).isEqualTo(Reason.of(ReasonCode.NEW_CATEGORY, "shopping_net"));
        assertThat(assessment.reasons().get(2)).isEqualTo(Reason.of(ReasonCode.NIGHT, "03:10"));
        assertThat(assessment.reasons().get(3)).isEqualTo(Reason.of(ReasonCode.RISKY_MCC, "shopping_net"));
        assertThat(assessment.decision()).isEqualTo(Decision.HOLD);
    }

    @Test
    void aLargeAmountOnANewCardIsLargeWithoutAHistoryToCompare() {
        Assessment assessment = scorer.score(usual().card("card-2").of("300.00").build());

        assertThat(assessment.reasons()).containsExactly(Reason.of(ReasonCode.LARGE_AMOUNT, Money.eur("300.00")),
                Reason.of(ReasonCode.NEW_CARD));
    }

    @Test
    void threePaymentsWithinAnHourAreVelocity() {
        scorer.score(usual().build());
        scorer.score(usual().later(Duration.ofMinutes(20)).build());

        Assessment third = scorer.score(usual().later(Duration.ofMinutes(40)).build());

        assertThat(third.reasons()).containsExactly(Reason.of(ReasonCode.VELOCITY_1H, 3L, 60L));
    }

    @Test
    void aPaymentAfterALargeOneTheSameDayIsVelocityOfTheDay() {
        scorer.score(usual().of("300.00").build());

        Assessment next = scorer.score(usual().of("35.00").later(Duration.ofHours(3)).build());

        assertThat(next.reasons()).containsExactly(Reason.of(ReasonCode.VELOCITY_24H, 2L, Money.eur("335.00"), 24L));
    }

    @Test
    void aCategoryTheCardHasNotUsedIsNew() {
        assertThat(scorer.score(usual().in("travel").build()).reasons())
                .containsExactly(Reason.of(ReasonCode.NEW_CATEGORY, "travel"));
    }

    @Test
    void smallPaymentsInABurstAreCardTesting() {
        scorer.score(usual().of("1.00").build());
        scorer.score(usual().of("2.50").later(Duration.ofMinutes(70)).build());

        Assessment third = scorer.score(usual().of("1.99").later(Duration.ofMinutes(140)).build());

        assertThat(third.reasons()).containsExactly(Reason.of(ReasonCode.CARD_TESTING, 3L, Money.eur("20.00"), 6L));
    }

    @Test
    void nightIsTheCardHoldersNight() {
        Instant halfPastOneInRome = Instant.parse("2023-04-01T00:30:00Z");

        assertThat(scorer.score(usual().at(halfPastOneInRome).build()).reasons())
                .containsExactly(Reason.of(ReasonCode.NIGHT, "02:30"));
        assertThat(scorer.score(usual().card("card-ny").zone(ZoneId.of("America/New_York")).at(halfPastOneInRome).build())
                .reasons()).extracting(Reason::code).doesNotContain(ReasonCode.NIGHT);
    }

    @Test
    void aRiskyMerchantCodeAtNightIsRisky() {
        Assessment assessment = scorer.score(usual().in("food_dining").mcc("7995").at("2023-04-01T00:30:00Z").build());

        assertThat(assessment.reasons()).containsExactly(Reason.of(ReasonCode.NIGHT, "02:30"),
                Reason.of(ReasonCode.RISKY_MCC, "7995"));
    }

    @Test
    void inPersonAcrossTheOceanTwoHoursLaterIsImpossibleTravel() {
        scorer.score(usual().inPersonAt(MILAN).build());

        Assessment abroad = scorer.score(usual().inPersonAt(NEW_YORK).later(Duration.ofHours(2)).build());

        assertThat(abroad.reasons()).containsExactly(Reason.of(ReasonCode.IMPOSSIBLE_TRAVEL, 6_464L, 120L, 3_232L),
                Reason.of(ReasonCode.FAR_FROM_HOME, 6_464L));
        assertThat(abroad.decision()).isEqualTo(Decision.ALERT);
    }

    @Test
    void aTripWithTimeEnoughIsOnlyFarFromHome() {
        scorer.score(usual().inPersonAt(MILAN).build());

        assertThat(scorer.score(usual().inPersonAt(NEW_YORK).later(Duration.ofDays(1)).build()).reasons())
                .containsExactly(Reason.of(ReasonCode.FAR_FROM_HOME, 6_464L));
        assertThat(scorer.score(usual().inPersonAt(ROME_CENTRE).later(Duration.ofDays(2)).build()).reasons()).isEmpty();
    }

    @Test
    void onlineFarAwayIsNeitherTravelNorFarFromHome() {
        assertThat(scorer.score(usual().online().build()).reasons()).isEmpty();
    }

    @Test
    void theFirstPaymentsOfACardAreANewCard() {
        assertThat(scorer.score(usual().card("card-2").build()).reasons()).containsExactly(Reason.of(ReasonCode.NEW_CARD));
    }

    /** The score of a new card's first usual payment, with thresholds set just at, below and above it. */
    @Test
    void theDecisionComparesTheScoreWithTheThresholds() {
        double score = new FraudScorer(ScoringRules.DEFAULTS, Weights.HAND_SET, CardProfiles.unbounded())
                .score(usual().card("card-2").build()).score();

        assertThat(decision(Math.nextUp(score), Math.nextUp(Math.nextUp(score)))).isEqualTo(Decision.ALLOW);
        assertThat(decision(score, Math.nextUp(score))).isEqualTo(Decision.ALERT);
        assertThat(decision(score / 2, score)).isEqualTo(Decision.HOLD);
    }

    private static Decision decision(double alert, double hold) {
        ScoringRules defaults = ScoringRules.DEFAULTS;
        ScoringRules rules = new ScoringRules(alert, hold, defaults.typicalAmount(), defaults.tinyAmount(), defaults.largeAmount(),
                defaults.shortWindow(), defaults.burstWindow(), defaults.dayWindow(), defaults.nightStartHour(),
                defaults.nightEndHour(), defaults.riskyCategories(), defaults.riskyMccs(), defaults.travelKmhMax(),
                defaults.travelKmMin(), defaults.homeKmMax());
        return new FraudScorer(rules, Weights.HAND_SET, CardProfiles.unbounded()).score(usual().card("card-2").build()).decision();
    }

    /** A payment like the month's, the day after it. */
    private static CardPayments usual() {
        return aPayment().in("food_dining").at(NEXT_DAY);
    }
}
