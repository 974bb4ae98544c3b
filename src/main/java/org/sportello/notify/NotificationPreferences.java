package org.sportello.notify;

import java.time.LocalTime;
import java.util.Objects;
import org.sportello.shared.Language;

/**
 * What a linked chat wants to be told, and when. Amounts are in minor units of the account's
 * currency (cents). Defaults: every payment and credit, no thresholds, no digest, no quiet hours.
 *
 * @param paused            "stop notifications": nothing is pushed until resumed
 * @param payments          money going out (card payments, withdrawals, transfers, debits)
 * @param paymentsFromMinor only payments of at least this amount; null for all
 * @param incomingTransfers transfers and refunds coming in
 * @param salary            salary credited
 * @param lowBalanceMinor   tell when the available balance drops below this; null for never
 * @param digestAt          one summary a day at this time instead of a message per transaction; null for none
 * @param receipts          receipts of purchases
 * @param shipping          shipping updates of purchases
 * @param quietFrom         from this time (in the customer's time zone) nothing buzzes ...
 * @param quietTo           ... until this time; messages wait; both null for no quiet hours
 * @param language          the language of notifications; null for the link's
 */
public record NotificationPreferences(boolean paused, boolean payments, Long paymentsFromMinor, boolean incomingTransfers,
                                      boolean salary, Long lowBalanceMinor, LocalTime digestAt, boolean receipts,
                                      boolean shipping, LocalTime quietFrom, LocalTime quietTo, Language language) {

    public static final NotificationPreferences DEFAULTS =
            new NotificationPreferences(false, true, null, true, true, null, null, true, true, null, null, null);

    public NotificationPreferences {
        if ((quietFrom == null) != (quietTo == null)) {
            throw new IllegalArgumentException("quiet hours need both a start and an end");
        }
        if (quietFrom != null && quietFrom.equals(quietTo)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time");
        }
        if (paymentsFromMinor != null && paymentsFromMinor < 0 || lowBalanceMinor != null && lowBalanceMinor < 0) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
    }

    public NotificationPreferences withPaused(boolean value) {
        return new NotificationPreferences(value, payments, paymentsFromMinor, incomingTransfers, salary, lowBalanceMinor, digestAt,
                receipts, shipping, quietFrom, quietTo, language);
    }

    public NotificationPreferences withPaymentsFrom(Long minor) {
        return new NotificationPreferences(paused, true, minor, incomingTransfers, salary, lowBalanceMinor, digestAt, receipts,
                shipping, quietFrom, quietTo, language);
    }

    public NotificationPreferences withLowBalance(Long minor) {
        return new NotificationPreferences(paused, payments, paymentsFromMinor, incomingTransfers, salary, minor, digestAt, receipts,
                shipping, quietFrom, quietTo, language);
    }

    public NotificationPreferences withDigestAt(LocalTime time) {
        return new NotificationPreferences(paused, payments, paymentsFromMinor, incomingTransfers, salary, lowBalanceMinor, time,
                receipts, shipping, quietFrom, quietTo, language);
    }

    public NotificationPreferences withQuietHours(LocalTime from, LocalTime to) {
        return new NotificationPreferences(paused, payments, paymentsFromMinor, incomingTransfers, salary, lowBalanceMinor, digestAt,
                receipts, shipping, from, to, language);
    }

    /** Whether {@code time} falls in the quiet hours (which may span midnight: 22:00 to 07:00). */
    public boolean isQuietAt(LocalTime time) {
        Objects.requireNonNull(time, "time == null");
        if (quietFrom == null) {
            return false;
        }
        return quietFrom.isBefore(quietTo)
                ? !time.isBefore(quietFrom) && time.isBefore(quietTo)
                : !time.isBefore(quietFrom) || time.isBefore(quietTo);
    }
}
