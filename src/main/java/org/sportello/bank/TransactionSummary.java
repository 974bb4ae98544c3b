package org.sportello.bank;

import java.time.Instant;
import org.sportello.shared.Money;

/** A booked transaction as a customer sees it in a list. */
public record TransactionSummary(
        String transactionId,
        String maskedIban,
        TransactionKind kind,
        Money amount,
        Instant bookedAt,
        String merchantName,
        String cardLast4) {
}
