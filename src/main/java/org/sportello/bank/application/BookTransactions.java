package org.sportello.bank.application;

import java.util.List;
import java.util.Objects;
import org.sportello.bank.domain.TransactionDraft;

/** Book a batch of transactions reported by the bank: all of them, or none when any is wrong. */
public record BookTransactions(List<TransactionDraft> transactions) {

    /** Bounds the work (and the lock time) of one database transaction. */
    public static final int ITEMS_MAX = 10_000;

    public BookTransactions {
        Objects.requireNonNull(transactions, "transactions == null");
        if (transactions.isEmpty() || transactions.size() > ITEMS_MAX) {
            throw new IllegalArgumentException("a batch holds 1 to " + ITEMS_MAX + " transactions, got " + transactions.size());
        }
        transactions = List.copyOf(transactions);
    }

    public static BookTransactions of(TransactionDraft... transactions) {
        return new BookTransactions(List.of(transactions));
    }
}
