package org.sportello.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sportello.bank.TransactionKind;
import org.sportello.notify.NotificationPreferences;
import org.sportello.notify.domain.Alerts;

/** Which messages a booked transaction deserves under a link's preferences: asked for every linked chat it concerns. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AlertsBenchmark {

    private NotificationPreferences defaults;
    private NotificationPreferences from50BelowHundred;
    private long paymentMinor;
    private long balanceAfterMinor;

    @Setup
    public void setUp() {
        defaults = NotificationPreferences.DEFAULTS;
        from50BelowHundred = NotificationPreferences.DEFAULTS.withPaymentsFrom(5_000L).withLowBalance(10_000L);
        paymentMinor = -6_250;
        balanceAfterMinor = 9_120;
        if (Alerts.of(TransactionKind.CARD_PAYMENT, paymentMinor, balanceAfterMinor, from50BelowHundred).size() != 2) {
            throw new IllegalStateException("the payment must cross the low-balance threshold");
        }
    }

    @Benchmark
    public List<Alerts.Alert> cardPaymentDefaultPreferences() {
        return Alerts.of(TransactionKind.CARD_PAYMENT, paymentMinor, balanceAfterMinor, defaults);
    }

    @Benchmark
    public List<Alerts.Alert> cardPaymentCrossingLowBalance() {
        return Alerts.of(TransactionKind.CARD_PAYMENT, paymentMinor, balanceAfterMinor, from50BelowHundred);
    }
}
