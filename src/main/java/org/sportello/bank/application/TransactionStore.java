package org.sportello.bank.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sportello.bank.TransactionSummary;
import org.sportello.bank.domain.BookedTransaction;
import org.sportello.bank.domain.KnownTransaction;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.CustomerId;

/** The journal of booked transactions. */
public interface TransactionStore {

    /** The already booked transactions among these bank references, by reference. */
    Map<String, KnownTransaction> findByReferences(Collection<String> bankReferences);

    void insertAll(List<BookedTransaction> transactions);

    /** Marks pending transactions booked, taking the booked version's dates and texts. */
    void settleAll(List<Settlement> settlements);

    /**
     * The most recent card payment on the account at this merchant for exactly this (negative) amount since
     * {@code since}: what a refund without a reference most likely refunds.
     */
    Optional<String> findRefunded(String accountId, String merchantName, long paymentAmountMinor, Instant since);

    List<TransactionSummary> recentOf(CustomerId customer, int limit);

    /** A pending transaction and the booked version that settles it. */
    record Settlement(String transactionId, TransactionDraft booked, String fingerprint) {
    }
}
