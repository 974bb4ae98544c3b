package org.sportello.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.sportello.bank.TransactionKind;
import org.sportello.notify.NotificationPreferences;
import org.sportello.notify.domain.Alerts.Alert;

/** Which messages a transaction deserves under each preference. */
class AlertsTest {

    static final NotificationPreferences DEFAULTS = NotificationPreferences.DEFAULTS;

    @Test
    void byDefaultEveryPaymentAndCreditIsTold() {
        assertThat(Alerts.of(TransactionKind.CARD_PAYMENT, -450, 10_000, DEFAULTS)).containsExactly(Alert.TRANSACTION);
        assertThat(Alerts.of(TransactionKind.TRANSFER_IN, 5_000, 10_000, DEFAULTS)).containsExactly(Alert.TRANSACTION);
        assertThat(Alerts.of(TransactionKind.SALARY, 250_000, 300_000, DEFAULTS)).containsExactly(Alert.TRANSACTION);
    }

    @Test
    void onlyPaymentsFromTheChosenAmount() {
        NotificationPreferences from50 = DEFAULTS.withPaymentsFrom(5_000L);
        assertThat(Alerts.of(TransactionKind.CARD_PAYMENT, -4_999, 10_000, from50)).isEmpty();
        assertThat(Alerts.of(TransactionKind.CARD_PAYMENT, -5_000, 10_000, from50)).containsExactly(Alert.TRANSACTION);
        assertThat(Alerts.of(TransactionKind.DIRECT_DEBIT, -6_000, 10_000, from50)).containsExactly(Alert.TRANSACTION);
        assertThat(Alerts.of(TransactionKind.TRANSFER_IN, 100, 10_000, from50)).as("credits are not payments")
                .containsExactly(Alert.TRANSACTION);
    }

    @Test
    void aLowBalanceAlertWhenTheBalanceCrossesTheThresholdOnly() {
        NotificationPreferences below100 = DEFAULTS.withLowBalance(10_000L);
        assertThat(Alerts.of(TransactionKind.CARD_PAYMENT, -2_000, 9_000, below100)).containsExactly(Alert.TRANSACTION, Alert.LOW_BALANCE);
        assertThat(Alerts.of(TransactionKind.CARD_PAYMENT, -1_000, 8_000, below100)).as("already below: said once")
                .containsExactly(Alert.TRANSACTION);
        assertThat(Alerts.of(TransactionKind.CARD_PAYMENT, -1_000, 10_000, below100)).as("at the threshold is not below")
                .containsExactly(Alert.TRANSACTION);
        assertThat(Alerts.of(TransactionKind.CARD_PAYMENT, -1_000, 9_000, below100.withPaymentsFrom(5_000L)))
                .as("a small payment not told, the crossing still is").containsExactly(Alert.LOW_BALANCE);
    }

    @Test
    void theDigestTakesTheTransactionsAndPausedTakesEverything() {
        NotificationPreferences digest = DEFAULTS.withDigestAt(LocalTime.of(20, 0)).withLowBalance(10_000L);
        assertThat(Alerts.of(TransactionKind.CARD_PAYMENT, -2_000, 9_000, digest)).containsExactly(Alert.DIGEST_LINE, Alert.LOW_BALANCE);
        assertThat(Alerts.of(TransactionKind.CARD_PAYMENT, -2_000, 9_000, digest.withPaused(true))).isEmpty();
    }

    @Test
    void salaryAndIncomingTransfersCanBeLeftOut() {
        NotificationPreferences quiet = new NotificationPreferences(false, true, null, false, false, null, null, true, true, null,
                null, null);
        assertThat(Alerts.of(TransactionKind.SALARY, 250_000, 300_000, quiet)).isEmpty();
        assertThat(Alerts.of(TransactionKind.CARD_REFUND, 1_000, 300_000, quiet)).isEmpty();
        assertThat(Alerts.of(TransactionKind.CARD_PAYMENT, -1_000, 300_000, quiet)).containsExactly(Alert.TRANSACTION);
    }

    @Test
    void quietHoursMaySpanMidnight() {
        NotificationPreferences night = DEFAULTS.withQuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
        assertThat(night.isQuietAt(LocalTime.of(23, 30))).isTrue();
        assertThat(night.isQuietAt(LocalTime.of(6, 59))).isTrue();
        assertThat(night.isQuietAt(LocalTime.of(7, 0))).isFalse();
        assertThat(night.isQuietAt(LocalTime.of(21, 59))).isFalse();
        NotificationPreferences lunch = DEFAULTS.withQuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0));
        assertThat(lunch.isQuietAt(LocalTime.of(13, 30))).isTrue();
        assertThat(lunch.isQuietAt(LocalTime.of(14, 0))).isFalse();
        assertThatThrownBy(() -> DEFAULTS.withQuietHours(LocalTime.of(13, 0), null))
                .hasMessage("quiet hours need both a start and an end");
    }
}
