package org.sportello.assistant.domain.entities;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sportello.shared.Money;

/**
 * An amount a customer wrote, with its currency, at the currency's scale: "20 €" is 20.00 EUR.
 * Never a double.
 */
public record MoneyAmount(BigDecimal value, Currency currency) implements EntityValue {

    public MoneyAmount {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(currency, "currency == null");
        if (value.scale() != currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException("amount " + value.toPlainString() + " must have "
                    + currency.getDefaultFractionDigits() + " decimals for " + currency);
        }
        if (value.signum() < 0 || value.compareTo(Money.MAJOR_UNITS_MAX) > 0) {
            throw new IllegalArgumentException("amount " + value.toPlainString() + " must be between 0 and "
                    + Money.MAJOR_UNITS_MAX.toPlainString());
        }
    }

    public static MoneyAmount of(String value, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        return new MoneyAmount(new BigDecimal(value).setScale(currency.getDefaultFractionDigits()), currency);
    }

    public Money money() {
        return Money.of(value, currency);
    }

    @Override
    public EntityType type() {
        return EntityType.AMOUNT;
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", value.toPlainString());
        json.put("currency", currency.getCurrencyCode());
        return json;
    }
}
