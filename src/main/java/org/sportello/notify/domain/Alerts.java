package org.sportello.notify.domain;

import java.util.ArrayList;
import java.util.List;
import org.sportello.bank.TransactionKind;
import org.sportello.notify.NotificationPreferences;

/**
 * Which messages a booked transaction deserves under a link's preferences: the transaction itself
 * (or a line in the daily digest) and, when the balance crosses the customer's threshold, a
 * low-balance alert.
 */
public final class Alerts {

    public enum Alert { TRANSACTION, DIGEST_LINE, LOW_BALANCE }

    private Alerts() {
    }

    /**
     * @param amountMinor       signed: negative for money going out
     * @param balanceAfterMinor the available balance after the transaction
     */
    public static List<Alert> of(TransactionKind kind, long amountMinor, long balanceAfterMinor, NotificationPreferences preferences) {
        List<Alert> alerts = new ArrayList<>(2);
        if (preferences.paused()) {
            return alerts;
        }
        if (wanted(kind, amountMinor, preferences)) {
            alerts.add(preferences.digestAt() == null ? Alert.TRANSACTION : Alert.DIGEST_LINE);
        }
        Long threshold = preferences.lowBalanceMinor();
        long before = balanceAfterMinor - amountMinor;
        if (threshold != null && balanceAfterMinor < threshold && before >= threshold) {
            alerts.add(Alert.LOW_BALANCE);
        }
        return alerts;
    }

    private static boolean wanted(TransactionKind kind, long amountMinor, NotificationPreferences preferences) {
        if (kind == TransactionKind.SALARY) {
            return preferences.salary();
        }
        if (amountMinor >= 0) {
            return preferences.incomingTransfers();
        }
        Long from = preferences.paymentsFromMinor();
        return preferences.payments() && (from == null || -amountMinor >= from);
    }
}
