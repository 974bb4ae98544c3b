package org.sportello.bank.domain;

import java.time.Instant;
import java.util.Objects;
import org.sportello.shared.Money;

/** A transaction on the books: the draft, where it landed and the balance it left behind. */
public record BookedTransaction(
        String id,
        TransactionDraft draft,
        String accountId,
        Money balanceAfter,
        String fingerprint,
        Instant recordedAt) {

    public BookedTransaction {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(draft, "draft == null");
        Objects.requireNonNull(accountId, "accountId == null");
        Objects.requireNonNull(balanceAfter, "balanceAfter == null");
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        Objects.requireNonNull(recordedAt, "recordedAt == null");
    }
}
