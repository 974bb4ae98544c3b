package org.sportello.bank.adapter.in.feed.json;

import java.math.BigDecimal;
import java.util.Currency;
import org.sportello.bank.domain.ForeignAmount;
import org.sportello.bank.domain.TransactionDetails;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.Iban;
import tools.jackson.databind.JsonNode;

/**
 * The optional parts of a transaction item: counterparty IBAN, end-to-end id, a foreign-currency
 * original ({@code originalAmount}, {@code originalCurrency}, {@code exchangeRate}, all three or
 * none) and, for a reversal, the id of the transaction it reverses.
 */
final class DetailsItem {

    private final TransactionItem item;

    DetailsItem(TransactionItem item) {
        this.item = item;
    }

    TransactionDetails read(JsonNode node, Currency accountCurrency) {
        Iban counterpartyIban = iban(node);
        String endToEndId = item.text(node, "endToEndId", "endToEndId", false, TransactionDetails.END_TO_END_ID_CHARS_MAX);
        ForeignAmount original = original(node, accountCurrency);
        boolean reversal = reversal(node);
        String reverses = item.text(node, "reverses", "reverses", false, TransactionDraft.REFERENCE_CHARS_MAX);
        if (reverses != null && !TransactionDraft.isValidReference(reverses)) {
            item.refuse("reverses", "must be the id of the reversed transaction, 1 to " + TransactionDraft.REFERENCE_CHARS_MAX
                    + " letters, digits or . _ : / + - characters");
            return TransactionDetails.NONE;
        }
        return new TransactionDetails(counterpartyIban, endToEndId, null, original, reversal || reverses != null, reverses);
    }

    private Iban iban(JsonNode node) {
        String value = item.text(node, "counterpartyIban", "counterpartyIban", false, 64);
        if (value == null) {
            return null;
        }
        try {
            return Iban.parse(value);
        } catch (IllegalArgumentException invalid) {
            item.refuse("counterpartyIban", invalid.getMessage());
            return null;
        }
    }

    private boolean reversal(JsonNode node) {
        JsonNode value = node.get("reversal");
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            item.refuse("reversal", "must be true or false");
            return false;
        }
        return value.booleanValue();
    }

    private ForeignAmount original(JsonNode node, Currency accountCurrency) {
        boolean amount = node.hasNonNull("originalAmount");
        boolean currency = node.hasNonNull("originalCurrency");
        boolean rate = node.hasNonNull("exchangeRate");
        if (!amount && !currency && !rate) {
            return null;
        }
        if (!amount || !currency || !rate) {
            item.refuse(!amount ? "originalAmount" : !currency ? "originalCurrency" : "exchangeRate",
                    "originalAmount, originalCurrency and exchangeRate come together, for an amount charged in another currency");
            return null;
        }
        BigDecimal value = decimal(node.get("originalAmount"), "originalAmount");
        BigDecimal exchangeRate = decimal(node.get("exchangeRate"), "exchangeRate");
        Currency original = currency(node);
        if (value == null || exchangeRate == null || original == null) {
            return null;
        }
        if (original.equals(accountCurrency)) {
            item.refuse("originalCurrency", "is the account's own currency " + original + "; leave the original amount out");
            return null;
        }
        return new ForeignAmount(value, original, exchangeRate);
    }

    private Currency currency(JsonNode node) {
        String code = item.text(node, "originalCurrency", "originalCurrency", true, 3);
        if (code == null) {
            return null;
        }
        try {
            return code != null && code.matches("[A-Z]{3}") ? Currency.getInstance(code) : invalidCurrency(code);
        } catch (IllegalArgumentException unknown) {
            return invalidCurrency(code);
        }
    }

    private Currency invalidCurrency(String code) {
        item.refuse("originalCurrency", "must be an ISO 4217 code in capitals such as USD, got '" + code + "'");
        return null;
    }

    private BigDecimal decimal(JsonNode value, String field) {
        try {
            BigDecimal decimal = value.isString() ? new BigDecimal(value.stringValue().strip()) : value.isNumber()
                    ? value.decimalValue() : null;
            if (decimal == null || decimal.signum() <= 0) {
                item.refuse(field, "must be a positive decimal such as \"45.00\"");
                return null;
            }
            return decimal;
        } catch (NumberFormatException notDecimal) {
            item.refuse(field, "must be a decimal with a dot such as \"45.00\", got '" + value.asString() + "'");
            return null;
        }
    }
}
