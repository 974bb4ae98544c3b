package org.sportello.bank;

import java.util.List;

/**
 * The new transactions of one booked batch, in batch order. One event per batch, not per
 * transaction: the event log then grows with batches, and listeners read consents and
 * preferences once for many transactions.
 */
public record TransactionsBooked(List<TransactionBooked> transactions) {

    public TransactionsBooked {
        transactions = List.copyOf(transactions);
    }
}
