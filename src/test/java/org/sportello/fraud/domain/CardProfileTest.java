package org.sportello.fraud.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.fraud.CardPayments.aPayment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A card's state stays the same size whatever the card does, and its median is the median. */
class CardProfileTest {

    @Test
    void tenThousandPaymentsOfOneCardKeepTheRingsAtTheirSize() {
        CardProfile profile = new CardProfile();
        FraudScorer scorer = new FraudScorer(ScoringRules.DEFAULTS, Weights.HAND_SET, card -> profile);
        Instant start = Instant.parse("2023-01-01T00:00:00Z");

        for (int i = 0; i < 10_000; i++) {
            scorer.score(aPayment().of(i % 7 == 0 ? "3.00" : "42.00").in("category-" + i % 50)
                    .at(start.plus(Duration.ofMinutes(i))).build());
        }

        assertThat(profile.payments()).isEqualTo(10_000);
        assertThat(profile.remembered()).isEqualTo(CardProfile.rememberedMax()).isEqualTo(128);
        assertThat(profile.amounts().capacity()).isEqualTo(CardProfile.HISTORY_PAYMENTS);
        assertThat(profile.categories().capacity()).isEqualTo(CardProfile.HISTORY_PAYMENTS);
        assertThat(profile.recent().capacity()).isEqualTo(CardProfile.WINDOW_PAYMENTS_MAX);
    }

    @Test
    void aBusyCardsDayCountStopsAtTheRingsSize() {
        CardProfile profile = new CardProfile();
        FraudScorer scorer = new FraudScorer(ScoringRules.DEFAULTS, Weights.HAND_SET, card -> profile);
        Instant start = Instant.parse("2023-01-01T08:00:00Z");
        Observation last = null;

        for (int i = 0; i < 200; i++) {
            last = scorer.observe(aPayment().at(start.plus(Duration.ofMinutes(i))).build());
        }

        assertThat(last.activity().countDay()).isEqualTo(CardProfile.WINDOW_PAYMENTS_MAX);
        assertThat(last.activity().countShort()).isEqualTo(59);
    }

    @Test
    void theMedianOfTheLastAmountsIsTheirUpperMedian() {
        Random random = new Random(7);
        AmountHistory history = new AmountHistory(32);
        List<Long> last = new ArrayList<>();

        for (int i = 0; i < 1_000; i++) {
            long amount = random.nextInt(20) == 0 ? 100_000 : random.nextInt(10_000);
            history.add(amount);
            last.add(amount);
            if (last.size() > 32) {
                last.remove(0);
            }
            List<Long> sorted = last.stream().sorted().toList();
            assertThat(history.median()).as("after %d amounts", i + 1).isEqualTo(sorted.get(sorted.size() / 2));
        }
        assertThat(history.size()).isEqualTo(32);
    }

    @Test
    void anEmptyHistoryHasNoMedian() {
        assertThat(new AmountHistory(4).median()).isZero();
    }
}
