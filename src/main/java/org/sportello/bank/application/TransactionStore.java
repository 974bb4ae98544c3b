package org.sportello.bank.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sportello.bank.TransactionSummary;
import org.sportello.bank.domain.BookedTransaction;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Money;

/** The journal of booked transactions. */
public interface TransactionStore {

    /** The already booked transactions among these bank references, by reference. */
    Map<String, StoredReference> findByReferences(Collection<String> bankReferences);

    void insertAll(List<BookedTransaction> transactions);

    List<TransactionSummary> recentOf(CustomerId customer, int limit);

    /** What is kept of a booked reference to recognise its resending. */
    record StoredReference(String transactionId, String fingerprint, Money balanceAfter) {
    }
}
