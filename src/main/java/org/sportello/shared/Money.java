package org.sportello.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An amount of money in the minor units of its currency (cents for EUR). Never a double: every
 * operation is exact and overflow throws instead of wrapping.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    /** Largest absolute amount accepted from the outside: a trillion major units. */
    public static final BigDecimal MAJOR_UNITS_MAX = new BigDecimal("1000000000000");

    /**
     * Each thread's currency formats, one per locale and currency: a {@link NumberFormat} is not
     * thread-safe, and making one per call was the largest allocation of the notifier (each
     * notification writes an amount or two).
     */
    private static final ThreadLocal<Map<FormatKey, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    public Money {
        Objects.requireNonNull(currency, "currency == null");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency + " has no minor units");
        }
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public static Money eur(String amount) {
        return of(new BigDecimal(amount), Currency.getInstance("EUR"));
    }

    public static Money ofMinor(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    /**
     * The exact amount; refuses more decimals than the currency has (12.345 EUR) instead of
     * rounding, because a rounded amount is a different amount.
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount == null");
        Objects.requireNonNull(currency, "currency == null");
        int digits = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(
                    "amount " + amount.toPlainString() + " has more than " + digits + " decimals for " + currency);
        }
        if (amount.abs().compareTo(MAJOR_UNITS_MAX) > 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " exceeds " + MAJOR_UNITS_MAX.toPlainString());
        }
        return new Money(amount.movePointRight(digits).longValueExact(), currency);
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public Money abs() {
        return minorUnits < 0 ? negate() : this;
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    /**
     * This amount as a whole percentage of {@code base}, rounded half up: 112 EUR of 100 EUR is 112.
     * Exact (no double); the base must not be zero.
     */
    public long percentOf(Money base) {
        requireSameCurrency(base);
        if (base.isZero()) {
            throw new IllegalArgumentException("percentage of a zero amount");
        }
        return BigDecimal.valueOf(minorUnits).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base.minorUnits), 0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    /** "1.234,56 €" in Italian, "€1,234.56" in English: the way each language writes money. */
    public String format(Locale locale) {
        return FORMATS.get().computeIfAbsent(new FormatKey(locale, currency), Money::currencyFormat).format(amount());
    }

    private record FormatKey(Locale locale, Currency currency) {
    }

    private static NumberFormat currencyFormat(FormatKey key) {
        NumberFormat format = NumberFormat.getCurrencyInstance(key.locale());
        format.setCurrency(key.currency());
        format.setMinimumFractionDigits(key.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(key.currency().getDefaultFractionDigits());
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format;
    }

    public String format(Language language) {
        return format(language.locale());
    }

    /** Plain decimal for APIs: "-42.50". */
    public String toDecimalString() {
        return amount().toPlainString();
    }

    @Override
    public String toString() {
        return toDecimalString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other == null");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }
}
