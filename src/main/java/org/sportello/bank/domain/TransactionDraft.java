package org.sportello.bank.domain;

import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;

/**
 * A transaction as the bank's systems report it, before booking. The bank's reference is the
 * idempotency key: the same reference always means the same transaction, which may arrive first
 * PENDING and later BOOKED.
 *
 * @param amount signed: negative when money leaves the account
 */
public record TransactionDraft(
        String bankReference,
        Iban account,
        Money amount,
        TransactionKind kind,
        TransactionStatus status,
        Instant bookedAt,
        LocalDate valueDate,
        String cardLast4,
        Merchant merchant,
        String counterparty,
        String description,
        TransactionDetails details) {

    public static final int REFERENCE_CHARS_MAX = 64;
    public static final int COUNTERPARTY_CHARS_MAX = 140;
    public static final int DESCRIPTION_CHARS_MAX = 500;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/+-]+");
    private static final Pattern LAST4 = Pattern.compile("[0-9]{4}");

    public TransactionDraft {
        Objects.requireNonNull(bankReference, "bankReference == null");
        Objects.requireNonNull(account, "account == null");
        Objects.requireNonNull(amount, "amount == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(details, "details == null");
        Objects.requireNonNull(bookedAt, "bookedAt == null");
        Objects.requireNonNull(valueDate, "valueDate == null");
        if (!isValidReference(bankReference)) {
            throw new IllegalArgumentException("bank reference must be 1 to " + REFERENCE_CHARS_MAX
                    + " letters, digits or . _ : / + - characters");
        }
        if (amount.isZero()) {
            throw new IllegalArgumentException("amount must not be zero");
        }
        if (cardLast4 != null && !LAST4.matcher(cardLast4).matches()) {
            throw new IllegalArgumentException("card must be the last 4 digits");
        }
        if (counterparty != null && counterparty.length() > COUNTERPARTY_CHARS_MAX) {
            throw new IllegalArgumentException("counterparty must be at most " + COUNTERPARTY_CHARS_MAX + " characters");
        }
        if (description != null && description.length() > DESCRIPTION_CHARS_MAX) {
            throw new IllegalArgumentException("description must be at most " + DESCRIPTION_CHARS_MAX + " characters");
        }
    }

    public static boolean isValidReference(String reference) {
        return reference != null && reference.length() <= REFERENCE_CHARS_MAX && REFERENCE.matcher(reference).matches();
    }

    public boolean isDebit() {
        return amount.isNegative();
    }

    /** The same transaction with another status, as when a pending one is booked. */
    public TransactionDraft withStatus(TransactionStatus newStatus) {
        return new TransactionDraft(bankReference, account, amount, kind, newStatus, bookedAt, valueDate, cardLast4, merchant,
                counterparty, description, details);
    }

    /**
     * Whether {@code other} can be this transaction later in its life: same account, same amount.
     * A pending card payment is booked with its final date and text, never with another amount.
     */
    public boolean isSameMoveAs(String accountIban, long amountMinor, String currencyCode) {
        return account.value().equals(accountIban) && amount.minorUnits() == amountMinor
                && amount.currency().getCurrencyCode().equals(currencyCode);
    }

    /**
     * A digest of everything the bank said about this transaction but its status, so that a
     * resent reference can be told apart: same digest is a harmless duplicate, another digest a
     * conflicting resend (or, from PENDING to BOOKED, the same transaction moving on).
     */
    public String fingerprint() {
        String canonical = String.join("\u001f",
                bankReference, account.value(), Long.toString(amount.minorUnits()), amount.currency().getCurrencyCode(),
                kind.name(), bookedAt.toString(), valueDate.toString(), String.valueOf(cardLast4),
                merchant == null ? "" : merchant.name(), merchant == null ? "" : String.valueOf(merchant.mcc()),
                merchant == null ? "" : String.valueOf(merchant.city()),
                merchant == null || merchant.location() == null ? "" : merchant.location().toString(),
                String.valueOf(counterparty), String.valueOf(description),
                details.counterpartyIban() == null ? "" : details.counterpartyIban().value(),
                String.valueOf(details.endToEndId()), String.valueOf(details.bankTransactionCode()),
                String.valueOf(details.original()), Boolean.toString(details.reversal()),
                String.valueOf(details.reversedReference()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
