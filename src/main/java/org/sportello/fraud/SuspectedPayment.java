package org.sportello.fraud;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Money;

/**
 * A card payment someone finds suspicious: Sportello's scoring or the bank's own fraud system. The
 * same alert raised twice (a redelivered event, a retried call) has the same id and opens one case.
 *
 * @param alertId derived from what raised it: "txn:" + the transaction id, "bank:" + the bank's alert id
 */
public record SuspectedPayment(String alertId, FraudCase.Source source, CustomerId customer, String cardLast4, String transactionRef,
                               Money amount, String merchant, Instant occurredAt, List<FraudReason> reasons, boolean holdCard) {

    public SuspectedPayment {
        Objects.requireNonNull(alertId, "alertId == null");
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(customer, "customer == null");
        Objects.requireNonNull(amount, "amount == null");
        Objects.requireNonNull(occurredAt, "occurredAt == null");
        reasons = List.copyOf(reasons);
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a suspected payment's amount is positive, got " + amount.amount().toPlainString());
        }
    }
}
