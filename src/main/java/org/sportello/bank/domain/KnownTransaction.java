package org.sportello.bank.domain;

import org.sportello.bank.TransactionStatus;

/** What is kept of a booked bank reference to recognise it when it comes again. */
public record KnownTransaction(
        String transactionId,
        String accountId,
        TransactionStatus status,
        long amountMinor,
        String currency,
        String fingerprint,
        long balanceAfterMinor) {
}
