package org.sportello.bank.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The amount as the merchant charged it, in another currency than the account's, and the rate
 * the bank applied (account currency per unit of the original currency).
 */
public record ForeignAmount(BigDecimal amount, Currency currency, BigDecimal rate) {

    public ForeignAmount {
        Objects.requireNonNull(amount, "amount == null");
        Objects.requireNonNull(currency, "currency == null");
        Objects.requireNonNull(rate, "rate == null");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("original amount must be positive, got " + amount.toPlainString());
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("exchange rate must be positive, got " + rate.toPlainString());
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency + " @ " + rate.toPlainString();
    }
}
