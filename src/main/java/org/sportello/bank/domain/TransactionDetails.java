package org.sportello.bank.domain;

import org.sportello.shared.Iban;

/**
 * What some feeds add to a transaction: the counterparty's IBAN, the payment's end-to-end id,
 * the bank transaction code (ISO 20022 "PMNT/CCRD/POSD"), a foreign-currency original, and for a
 * reversal the bank reference of the transaction it reverses. Every part may be absent.
 */
public record TransactionDetails(
        Iban counterpartyIban,
        String endToEndId,
        String bankTransactionCode,
        ForeignAmount original,
        boolean reversal,
        String reversedReference) {

    public static final TransactionDetails NONE = new TransactionDetails(null, null, null, null, false, null);
    public static final int END_TO_END_ID_CHARS_MAX = 64;
    public static final int BANK_TRANSACTION_CODE_CHARS_MAX = 40;

    public TransactionDetails {
        if (endToEndId != null && (endToEndId.isBlank() || endToEndId.length() > END_TO_END_ID_CHARS_MAX)) {
            throw new IllegalArgumentException("end-to-end id must be 1 to " + END_TO_END_ID_CHARS_MAX + " characters");
        }
        if (bankTransactionCode != null && bankTransactionCode.length() > BANK_TRANSACTION_CODE_CHARS_MAX) {
            throw new IllegalArgumentException("bank transaction code must be at most " + BANK_TRANSACTION_CODE_CHARS_MAX + " characters");
        }
        if (reversedReference != null && !TransactionDraft.isValidReference(reversedReference)) {
            throw new IllegalArgumentException("reversed reference is not a valid bank reference");
        }
    }

    public TransactionDetails withOriginal(ForeignAmount foreign) {
        return new TransactionDetails(counterpartyIban, endToEndId, bankTransactionCode, foreign, reversal, reversedReference);
    }
}
