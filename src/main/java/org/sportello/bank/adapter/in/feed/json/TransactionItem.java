package org.sportello.bank.adapter.in.feed.json;

import java.util.regex.Pattern;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.TreeSet;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.bank.application.MerchantCategories;
import org.sportello.bank.domain.Merchant;
import org.sportello.bank.domain.TransactionDetails;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.CardNumbers;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import org.sportello.shared.Violation;
import tools.jackson.databind.JsonNode;

/**
 * One item of a transaction batch, read field by field. Every problem is added to the batch's
 * violations, named by item and field, and reading goes on so the bank sees them all at once.
 */
final class TransactionItem {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern LAST4 = Pattern.compile("[0-9]{4}");

    private final int index;
    private final JsonNode node;
    private final List<Violation> violations;
    private final int violationsBefore;
    private final MerchantCategories categories;
    private final Clock clock;
    private String id;

    TransactionItem(int index, JsonNode node, List<Violation> violations, MerchantCategories categories, Clock clock) {
        this.index = index;
        this.node = node;
        this.violations = violations;
        this.violationsBefore = violations.size();
        this.categories = categories;
        this.clock = clock;
    }

    TransactionDraft read() {
        if (!node.isObject()) {
            refuse(null, "must be a JSON object");
            return null;
        }
        id = text("id", true, TransactionDraft.REFERENCE_CHARS_MAX);
        if (id != null && !TransactionDraft.isValidReference(id)) {
            refuse("id", "must be 1 to " + TransactionDraft.REFERENCE_CHARS_MAX + " letters, digits or . _ : / + - characters");
        }
        for (String name : node.propertyNames()) {
            if (!TransactionBatchReader.ITEM_FIELDS.contains(name)) {
                refuse(name, "unknown field; known fields are " + new TreeSet<>(TransactionBatchReader.ITEM_FIELDS));
            }
        }
        Iban account = account();
        Currency currency = currency();
        BigDecimal amount = amount();
        Boolean debit = direction();
        TransactionKind kind = kind(debit);
        OffsetDateTime booked = bookedAt();
        Instant bookedAt = booked == null ? null : booked.toInstant();
        LocalDate valueDate = valueDate(booked);
        String card = card();
        Merchant merchant = new MerchantItem(this, categories).read(node.get("merchant"));
        String counterparty = text("counterparty", false, TransactionDraft.COUNTERPARTY_CHARS_MAX);
        String description = text("description", false, TransactionDraft.DESCRIPTION_CHARS_MAX);
        TransactionStatus status = status();
        TransactionDetails details = new DetailsItem(this).read(node, currency);
        Money money = money(amount, currency, debit);
        if (violations.size() > violationsBefore) {
            return null;
        }
        // Free text from the bank's systems may carry a card number typed by a clerk: never store it.
        String safeDescription = description == null ? null : CardNumbers.redact(description).text();
        String safeCounterparty = counterparty == null ? null : CardNumbers.redact(counterparty).text();
        return new TransactionDraft(id, account, money, kind, status, bookedAt, valueDate, card, merchant, safeCounterparty,
                safeDescription, details);
    }

    private TransactionStatus status() {
        String value = text("status", false, 10);
        if (value == null) {
            return TransactionStatus.BOOKED;
        }
        try {
            return TransactionStatus.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            refuse("status", "must be BOOKED (the default) or PENDING, got '" + value + "'");
            return null;
        }
    }

    private Iban account() {
        String value = text("account", true, 64);
        if (value == null) {
            return null;
        }
        try {
            return Iban.parse(value);
        } catch (IllegalArgumentException invalid) {
            refuse("account", invalid.getMessage());
            return null;
        }
    }

    private Currency currency() {
        String code = text("currency", true, 3);
        if (code == null) {
            return null;
        }
        if (!CURRENCY.matcher(code).matches()) {
            refuse("currency", "must be an ISO 4217 code in capitals such as EUR, got '" + code + "'");
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            refuse("currency", "'" + code + "' is not an ISO 4217 currency");
            return null;
        }
    }

    private BigDecimal amount() {
        JsonNode value = node.get("amount");
        if (value == null || value.isNull()) {
            refuse("amount", "required: a positive decimal such as \"42.50\"");
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            refuse("amount", "must be a decimal string such as \"42.50\"");
            return null;
        }
        try {
            BigDecimal amount = value.isString() ? new BigDecimal(value.stringValue().strip()) : value.decimalValue();
            if (amount.signum() <= 0) {
                refuse("amount", "must be greater than zero; \"direction\" says which way the money goes");
                return null;
            }
            return amount;
        } catch (NumberFormatException notDecimal) {
            refuse("amount", "must be a decimal with a dot such as \"1250.00\", got '" + value.asString() + "'");
            return null;
        }
    }

    private Money money(BigDecimal amount, Currency currency, Boolean debit) {
        if (amount == null || currency == null) {
            return null;
        }
        try {
            Money money = Money.of(amount, currency);
            return debit == null ? null : debit ? money.negate() : money;
        } catch (IllegalArgumentException invalid) {
            refuse("amount", invalid.getMessage());
            return null;
        }
    }

    private Boolean direction() {
        String value = text("direction", true, 6);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "DEBIT" -> Boolean.TRUE;
            case "CREDIT" -> Boolean.FALSE;
            default -> {
                refuse("direction", "must be DEBIT (money leaves the account) or CREDIT (money arrives), got '" + value + "'");
                yield null;
            }
        };
    }

    private TransactionKind kind(Boolean debit) {
        String value = text("kind", false, 30);
        boolean card = node.hasNonNull("card");
        if (value == null) {
            if (debit == null) {
                return null;
            }
            if (card) {
                return debit ? TransactionKind.CARD_PAYMENT : TransactionKind.CARD_REFUND;
            }
            return debit ? TransactionKind.TRANSFER_OUT : TransactionKind.TRANSFER_IN;
        }
        TransactionKind kind;
        try {
            kind = TransactionKind.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            refuse("kind", "must be one of " + List.of(TransactionKind.values()) + ", got '" + value + "'");
            return null;
        }
        if (debit != null && !kind.allows(debit)) {
            refuse("direction", kind + " cannot be a " + (debit ? "DEBIT" : "CREDIT"));
            return null;
        }
        return kind;
    }

    /** Parsed once: the value date defaults to its local date, as the bank wrote it. */
    private OffsetDateTime bookedAt() {
        String value = text("bookedAt", true, 40);
        if (value == null) {
            return null;
        }
        try {
            OffsetDateTime bookedAt = OffsetDateTime.parse(value);
            if (bookedAt.toInstant().isAfter(clock.instant().plus(TransactionBatchReader.FUTURE_TOLERANCE))) {
                refuse("bookedAt", "is in the future; send transactions once they are booked");
                return null;
            }
            return bookedAt;
        } catch (DateTimeException notIso) {
            refuse("bookedAt", "must be an ISO-8601 date-time with offset such as \"2026-11-18T10:14:31+01:00\", got '"
                    + value + "'");
            return null;
        }
    }

    private LocalDate valueDate(OffsetDateTime bookedAt) {
        String value = text("valueDate", false, 10);
        if (value == null) {
            return bookedAt == null ? null : bookedAt.toLocalDate();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException notIso) {
            refuse("valueDate", "must be an ISO-8601 date such as \"2026-11-18\", got '" + value + "'");
            return null;
        }
    }

    private String card() {
        JsonNode value = node.get("card");
        if (value == null || value.isNull()) {
            return null;
        }
        String card = value.isString() ? value.stringValue().strip() : "";
        if (LAST4.matcher(card).matches()) {
            return card;
        }
        // Never echo the value back: it may be a full card number.
        String digits = card.replace(" ", "").replace("-", "");
        if (CardNumbers.isCardNumber(digits)) {
            refuse("card", "send only the last 4 digits of the card; full card numbers are never accepted");
        } else {
            refuse("card", "must be the last 4 digits of the card as a string, such as \"4821\"");
        }
        return null;
    }

    private String text(String field, boolean required, int charsMax) {
        return text(node, field, field, required, charsMax);
    }

    /** A string field of {@code parent}, reported as {@code field}: stripped, not blank, not longer than charsMax. */
    String text(JsonNode parent, String field, String name, boolean required, int charsMax) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                refuse(field, "required");
            }
            return null;
        }
        if (!value.isString()) {
            refuse(field, "must be a string");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.isEmpty()) {
            refuse(field, required ? "required, and must not be blank" : "must not be blank; leave it out instead");
            return null;
        }
        if (text.length() > charsMax) {
            refuse(field, "must be at most " + charsMax + " characters, got " + text.length());
            return null;
        }
        return text;
    }

    int violationCount() {
        return violations.size();
    }

    void refuse(String field, String detail) {
        violations.add(Violation.ofItem(TransactionBatchReader.ARRAY, index, id, field, detail));
    }
}
