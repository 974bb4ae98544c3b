package org.sportello.fraud.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.fraud.CardPayments.aPayment;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sportello.fraud.ReasonCode;
import org.sportello.fraud.Reason;
import org.sportello.testing.TestClock;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The server's scorer keeps a bounded number of cards and forgets the idle ones, by the injected clock. */
class StreamScoringTest {

    final TestClock clock = new TestClock();

    @Test
    void eachCardIsScoredAgainstItsOwnPastPayments() {
        StreamScoring scoring = new StreamScoring(properties(Map.of()), clock);

        assertThat(scoring.assess(aPayment().build()).reasons()).containsExactly(Reason.of(ReasonCode.NEW_CARD));
        scoring.assess(aPayment().later(Duration.ofDays(1)).build());
        scoring.assess(aPayment().later(Duration.ofDays(2)).build());

        assertThat(scoring.assess(aPayment().later(Duration.ofDays(3)).build()).reasons()).isEmpty();
        assertThat(scoring.assess(aPayment().card("card-2").later(Duration.ofDays(3)).build()).reasons())
                .containsExactly(Reason.of(ReasonCode.NEW_CARD));
    }

    @Test
    void keepsAtMostCardsMax() {
        StreamScoring scoring = new StreamScoring(properties(Map.of("sportello.fraud.cards-max", "10")), clock);

        for (int card = 0; card < 100; card++) {
            scoring.assess(aPayment().card("card-" + card).build());
        }

        assertThat(scoring.cardsRemembered()).isLessThanOrEqualTo(10);
    }

    @Test
    void forgetsACardIdleForTheExpiry() {
        StreamScoring scoring = new StreamScoring(properties(Map.of("sportello.fraud.card-idle-expiry", "30d")), clock);
        for (int day = 0; day < 3; day++) {
            scoring.assess(aPayment().later(Duration.ofDays(day)).build());
        }

        clock.advance(Duration.ofDays(31));

        assertThat(scoring.cardsRemembered()).isZero();
        assertThat(scoring.assess(aPayment().later(Duration.ofDays(31)).build()).reasons())
                .containsExactly(Reason.of(ReasonCode.NEW_CARD));
    }

    static FraudProperties properties(Map<String, String> given) {
        return new Binder(new MapConfigurationPropertySource(given)).bindOrCreate("sportello.fraud", FraudProperties.class);
    }
}
