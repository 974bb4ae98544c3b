package org.sportello.bank.domain;

import java.time.Instant;
import java.util.Objects;
import org.sportello.shared.Money;

/**
 * A transaction on the books: the draft, where it landed, the available balance it left behind,
 * what it was categorised as, and for a reversal or refund the transaction it undoes.
 *
 * @param originalTransactionId the reversed or refunded transaction when known, else null
 * @param category              the detailed category code, null until categorised
 * @param categoryPrimary       its primary category code, null until categorised
 * @param merchant              the merchant or counterparty name as a customer would say it, may be null
 */
public record BookedTransaction(
        String id,
        TransactionDraft draft,
        String accountId,
        Money balanceAfter,
        String fingerprint,
        Instant recordedAt,
        String originalTransactionId,
        String category,
        String categoryPrimary,
        String merchant) {

    public BookedTransaction {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(draft, "draft == null");
        Objects.requireNonNull(accountId, "accountId == null");
        Objects.requireNonNull(balanceAfter, "balanceAfter == null");
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        Objects.requireNonNull(recordedAt, "recordedAt == null");
    }
}
