package org.sportello.bank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.domain.TransactionDraft;

class DemoFraudTest {

    static final Instant NOW = Instant.parse("2026-11-18T21:30:00Z");

    @Test
    void cardTestsFirstThenOneLargePaymentFarAwayWithinTheHour() {
        AtomicInteger n = new AtomicInteger();
        DemoCustomer giulia = DemoCustomer.ALL.get(0);

        List<TransactionDraft> burst = DemoFraud.burst(giulia, NOW, new SplittableRandom(7), () -> "id-" + n.incrementAndGet());

        assertThat(burst).hasSize(DemoFraud.CARD_TESTS + 1);
        assertThat(burst).allSatisfy(draft -> {
            assertThat(draft.kind()).isEqualTo(TransactionKind.CARD_PAYMENT);
            assertThat(draft.cardLast4()).isEqualTo("4821");
            assertThat(Duration.between(draft.bookedAt(), NOW)).isBetween(Duration.ZERO, Duration.ofHours(1));
        });
        assertThat(burst.subList(0, DemoFraud.CARD_TESTS)).allSatisfy(test ->
                assertThat(-test.amount().minorUnits()).isBetween(50L, DemoFraud.CARD_TEST_CENTS_MAX));
        TransactionDraft large = burst.get(DemoFraud.CARD_TESTS);
        assertThat(-large.amount().minorUnits()).isBetween(DemoFraud.LARGE_CENTS_MIN, DemoFraud.LARGE_CENTS_MAX);
        assertThat(large.merchant().location()).isNotNull();
        assertThat(Math.abs(large.merchant().location().latitude() - 45.46)).as("far from Milan").isGreaterThan(2.0);
        assertThat(large.bookedAt()).isEqualTo(NOW);
    }

    @Test
    void aNegativeShareIsRefused() {
        assertThatThrownBy(() -> new DemoProperties.Feed(true, Duration.ofSeconds(5), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sportello.demo.feed.fraud-every must be 0 (never) or more, got -1");
    }
}
