package org.sportello.fraud.adapter.in.web;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.sportello.bank.AccountDirectory;
import org.sportello.bank.AccountDirectory.AccountHolder;
import org.sportello.fraud.FraudCase;
import org.sportello.fraud.FraudReason;
import org.sportello.fraud.SuspectedPayment;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Violation;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * An alert from the bank's own fraud system, checked field by field:
 * {@code {"alertId", "account" (IBAN), "cardLast4", "amount", "currency", "merchant", "at", "reason"}}.
 * Every field at fault is named at once; an account the bank does not hold is 404.
 */
@Component
class BankAlertReader {

    static final int ALERT_ID_CHARS_MAX = 100;
    static final int MERCHANT_CHARS_MAX = 140;
    static final int REASON_CHARS_MAX = 300;

    private final AccountDirectory accounts;
    private final ObjectReader json;

    BankAlertReader(AccountDirectory accounts, JsonMapper mapper) {
        this.accounts = accounts;
        this.json = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    SuspectedPayment read(InputStream body) {
        JsonNode alert = json.readTree(body);
        if (alert == null || !alert.isObject()) {
            throw new RequestRefused(RequestRefused.Reason.MALFORMED, "malformed-alert", "The alert is not a JSON object",
                    "send {\"alertId\", \"account\", \"amount\", \"at\", ...} as one JSON object");
        }
        List<Violation> violations = new ArrayList<>();
        String alertId = text(alert, "alertId", ALERT_ID_CHARS_MAX, true, violations);
        if (alertId != null && !alertId.matches("[A-Za-z0-9._:-]+")) {
            violations.add(Violation.ofField("alertId", "letters, digits and . _ : - only, got '" + alertId + "'"));
        }
        Optional<Iban> iban = iban(alert, violations);
        BigDecimal amount = amount(alert, violations);
        Instant at = at(alert, violations);
        String merchant = text(alert, "merchant", MERCHANT_CHARS_MAX, false, violations);
        String reason = text(alert, "reason", REASON_CHARS_MAX, false, violations);
        String cardLast4 = text(alert, "cardLast4", 4, false, violations);
        if (cardLast4 != null && !cardLast4.matches("[0-9]{4}")) {
            violations.add(Violation.ofField("cardLast4", "the card's last four digits, got '" + cardLast4 + "'"));
        }
        refuseIfAny(violations);
        AccountHolder holder = accounts.holderOf(iban.orElseThrow()).orElseThrow(() -> new RequestRefused(RequestRefused.Reason.NOT_FOUND,
                "unknown-account", "Unknown account", "no customer of this bank holds " + iban.get().masked()));
        if (cardLast4 != null && !holder.cardLast4s().contains(cardLast4)) {
            refuseIfAny(List.of(Violation.ofField("cardLast4", "no card ending in " + cardLast4 + " on " + iban.get().masked())));
        }
        Money money = money(alert, amount, holder.currency());
        List<FraudReason> reasons = List.of(reason == null ? new FraudReason("bank-alert", List.of())
                : new FraudReason("bank-alert-reason", List.of(reason)));
        return new SuspectedPayment("bank:" + alertId, FraudCase.Source.BANK, holder.customer(), cardLast4, alertId, money, merchant, at,
                reasons, false);
    }

    private static String text(JsonNode alert, String field, int charsMax, boolean required, List<Violation> violations) {
        JsonNode node = alert.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                violations.add(Violation.ofField(field, "required"));
            }
            return null;
        }
        if (!node.isString() || node.asString().isBlank() || node.asString().length() > charsMax) {
            violations.add(Violation.ofField(field, "a non-empty string of at most " + charsMax + " characters"));
            return null;
        }
        return node.asString().strip();
    }

    private static Optional<Iban> iban(JsonNode alert, List<Violation> violations) {
        JsonNode node = alert.get("account");
        if (node == null || !node.isString()) {
            violations.add(Violation.ofField("account", "required: the IBAN of the customer's account"));
            return Optional.empty();
        }
        try {
            return Optional.of(Iban.parse(node.asString()));
        } catch (IllegalArgumentException e) {
            violations.add(Violation.ofField("account", "not a valid IBAN: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static BigDecimal amount(JsonNode alert, List<Violation> violations) {
        JsonNode node = alert.get("amount");
        try {
            BigDecimal amount = node == null || !node.isString() ? null : new BigDecimal(node.asString());
            if (amount != null && amount.signum() > 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(Violation.ofField("amount", "required: a positive decimal string such as \"1240.00\""));
        return null;
    }

    private static Instant at(JsonNode alert, List<Violation> violations) {
        JsonNode node = alert.get("at");
        try {
            if (node != null && node.isString()) {
                return OffsetDateTime.parse(node.asString()).toInstant();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        violations.add(Violation.ofField("at", "required: when the payment was made, ISO-8601 with offset (2026-11-18T10:20:00+01:00)"));
        return null;
    }

    /** The amount in the alert's currency (the account's when none is given), with no more decimals than it has. */
    private static Money money(JsonNode alert, BigDecimal amount, Currency accountCurrency) {
        JsonNode node = alert.get("currency");
        String code = node == null || node.isNull() ? accountCurrency.getCurrencyCode() : node.asString();
        Optional<Currency> currency = Currency.getAvailableCurrencies().stream().filter(known -> known.getCurrencyCode().equals(code))
                .findFirst();
        if (currency.isEmpty()) {
            refuseIfAny(List.of(Violation.ofField("currency", "an ISO 4217 code such as EUR, got '" + code + "'")));
        }
        try {
            return Money.of(amount, currency.orElseThrow());
        } catch (IllegalArgumentException e) {
            refuseIfAny(List.of(Violation.ofField("amount", e.getMessage())));
            throw e; // not reached: refuseIfAny threw
        }
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RequestRefused(RequestRefused.Reason.INVALID, "invalid-alert", "The alert is not valid",
                    violations.size() + " field(s) to correct", violations);
        }
    }
}
