package org.sportello.commerce.adapter.in.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sportello.shared.CardNumbers;
import org.sportello.shared.Money;
import org.sportello.shared.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON request one by one, collecting every problem with its JSON pointer
 * instead of stopping at the first, so the merchant can fix a request in one round. A value is
 * echoed in a problem only when it cannot be a card number.
 */
final class RequestFields {

    /** What happened cannot be in the future; a day covers clock skew and time zones. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final List<Violation> violations = new ArrayList<>();
    private final Clock clock;

    RequestFields(Clock clock) {
        this.clock = clock;
    }

    List<Violation> violations() {
        return violations;
    }

    boolean hasViolations() {
        return !violations.isEmpty();
    }

    int count() {
        return violations.size();
    }

    /** {@code /items/0/title} is the field {@code items[0].title}. */
    void refuse(String pointer, String detail) {
        String field = pointer.substring(1).replaceAll("/([0-9]+)(?=/|$)", "[$1]").replace('/', '.');
        violations.add(new Violation(pointer, field, detail, null, null));
    }

    /** An object at {@code pointer}, its unknown fields refused by name; false (refused) when it is not an object. */
    boolean object(JsonNode node, String pointer, Set<String> known, String shape) {
        if (node == null || !node.isObject()) {
            refuse(pointer.isEmpty() ? "/" : pointer, "must be a JSON object " + shape);
            return false;
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                refuse(pointer + "/" + name, "unknown field; known fields are " + new TreeSet<>(known));
            }
        }
        return true;
    }

    /** A string: stripped, not blank, at most charsMax characters; null when absent or refused. */
    String text(JsonNode parent, String pointer, boolean required, int charsMax) {
        JsonNode value = parent.get(name(pointer));
        if (value == null || value.isNull()) {
            if (required) {
                refuse(pointer, "required");
            }
            return null;
        }
        if (!value.isString()) {
            refuse(pointer, "must be a string");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.isEmpty()) {
            refuse(pointer, required ? "required, and must not be blank" : "must not be blank; leave it out instead");
            return null;
        }
        if (text.length() > charsMax) {
            refuse(pointer, "must be at most " + charsMax + " characters, got " + text.length());
            return null;
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            refuse(pointer, "must not contain control characters such as line breaks");
            return null;
        }
        return text;
    }

    /** Free text a customer reads: a card number typed into it is masked, never kept. */
    String freeText(JsonNode parent, String pointer, boolean required, int charsMax) {
        String text = text(parent, pointer, required, charsMax);
        return text == null ? null : CardNumbers.redact(text).text();
    }

    Currency currency(JsonNode parent, String pointer) {
        String code = text(parent, pointer, true, 3);
        if (code == null) {
            return null;
        }
        if (!CURRENCY.matcher(code).matches()) {
            refuse(pointer, "must be an ISO 4217 code in capitals such as EUR, got '" + code + "'");
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            refuse(pointer, "'" + code + "' is not an ISO 4217 currency");
            return null;
        }
    }

    /**
     * An amount as a decimal string ("59.90") or a JSON number, zero or more (more than zero when
     * {@code positive}); null when absent, refused, or the currency is unknown.
     */
    Money money(JsonNode parent, String pointer, Currency currency, boolean positive) {
        JsonNode value = parent.get(name(pointer));
        String example = "a decimal string such as \"59.90\"";
        if (value == null || value.isNull()) {
            refuse(pointer, "required: " + example);
            return null;
        }
        BigDecimal amount;
        try {
            amount = value.isString() ? new BigDecimal(value.stringValue().strip()) : value.isNumber() ? value.decimalValue() : null;
        } catch (NumberFormatException notDecimal) {
            amount = null;
        }
        if (amount == null) {
            refuse(pointer, "must be " + example);
            return null;
        }
        if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
            refuse(pointer, positive ? "must be more than zero" : "must not be negative");
            return null;
        }
        if (currency == null) {
            return null;
        }
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException | ArithmeticException invalid) {
            // Money's own message repeats the amount, which may be a card number sent by mistake.
            refuse(pointer, "must have at most " + currency.getDefaultFractionDigits() + " decimals for " + currency
                    + " and be at most " + Money.MAJOR_UNITS_MAX.toPlainString());
            return null;
        }
    }

    /** The same, zero when absent. */
    Money moneyOrZero(JsonNode parent, String pointer, Currency currency) {
        JsonNode value = parent.get(name(pointer));
        if (value == null || value.isNull()) {
            return currency == null ? null : Money.zero(currency);
        }
        return money(parent, pointer, currency, false);
    }

    /** An ISO-8601 date-time with offset, not more than a day in the future. */
    Instant instant(JsonNode parent, String pointer) {
        String value = text(parent, pointer, true, 40);
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException notIso) {
            refuse(pointer, "must be an ISO-8601 date-time with offset such as \"2026-11-18T10:14:31+01:00\"");
            return null;
        }
        if (instant.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            refuse(pointer, "is in the future; report what happened once it happened");
            return null;
        }
        return instant;
    }

    private static String name(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }
}
