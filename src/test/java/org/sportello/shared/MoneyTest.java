package org.sportello.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void keepsMinorUnitsExactly() {
        assertThat(Money.eur("42.50").minorUnits()).isEqualTo(4_250);
        assertThat(Money.eur("0.10").plus(Money.eur("0.20"))).isEqualTo(Money.eur("0.30"));
        assertThat(Money.of(new BigDecimal("1250"), JPY).minorUnits()).isEqualTo(1_250);
    }

    @Test
    void addsSubtractsAndNegates() {
        Money balance = Money.eur("100.00").minus(Money.eur("42.50")).plus(Money.eur("0.05"));
        assertThat(balance).isEqualTo(Money.eur("57.55"));
        assertThat(balance.negate()).isEqualTo(Money.eur("-57.55"));
        assertThat(balance.negate().abs()).isEqualTo(balance);
        assertThat(Money.eur("-0.01").isNegative()).isTrue();
        assertThat(Money.zero(EUR).isZero()).isTrue();
        assertThat(Money.eur("3.33").times(3)).isEqualTo(Money.eur("9.99"));
    }

    @Test
    void refusesMixedCurrencies() {
        assertThatThrownBy(() -> Money.eur("1.00").plus(Money.ofMinor(100, "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency mismatch: EUR and USD");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.eur("12.345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount 12.345 has more than 2 decimals for EUR");
        assertThatThrownBy(() -> Money.of(new BigDecimal("10.5"), JPY))
                .hasMessage("amount 10.5 has more than 0 decimals for JPY");
        assertThat(Money.eur("12.340")).isEqualTo(Money.eur("12.34"));
    }

    @Test
    void refusesAbsurdAmounts() {
        assertThatThrownBy(() -> Money.eur("1000000000000.01"))
                .hasMessage("amount 1000000000000.01 exceeds 1000000000000");
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        Money huge = new Money(Long.MAX_VALUE, EUR);
        assertThatThrownBy(() -> huge.plus(Money.eur("0.01"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void formatsTheWayEachLanguageWritesMoney() {
        assertThat(Money.eur("1234.56").format(Language.IT)).isEqualTo("1.234,56\u00a0€");
        assertThat(Money.eur("1234.56").format(Language.EN)).isEqualTo("€1,234.56");
        assertThat(Money.eur("-42.5").format(Language.IT)).isEqualTo("-42,50\u00a0€");
        assertThat(Money.eur("-42.5").format(Language.EN)).isEqualTo("-€42.50");
        assertThat(Money.eur("0").format(Locale.ITALY)).isEqualTo("0,00\u00a0€");
    }

    @Test
    void printsPlainDecimalsForApis() {
        assertThat(Money.eur("-42.5").toDecimalString()).isEqualTo("-42.50");
        assertThat(Money.eur("1250").toString()).isEqualTo("1250.00 EUR");
    }

    @Test
    void comparesWithinOneCurrency() {
        assertThat(Money.eur("2.00")).isGreaterThan(Money.eur("1.99"));
        assertThatThrownBy(() -> Money.eur("1.00").compareTo(Money.ofMinor(1, "USD")))
                .hasMessage("currency mismatch: EUR and USD");
    }

    @Property
    void additionIsExactAndReversible(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
                                      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        Money x = new Money(a, EUR);
        Money y = new Money(b, EUR);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
        assertThat(Money.of(x.amount(), EUR)).isEqualTo(x);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"112.00,100.00,112", "12.00,100.00,12", "-5.00,100.00,-5", "1.00,3.00,33",
            "2.00,3.00,67", "0.01,1000.00,0"})
    void percentOfRoundsHalfUpWithoutDoubles(String part, String base, long percent) {
        assertThat(Money.eur(part).percentOf(Money.eur(base))).isEqualTo(percent);
    }

    @Test
    void percentOfZeroIsRefused() {
        assertThatThrownBy(() -> Money.eur("1.00").percentOf(Money.eur("0.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percentage of a zero amount");
    }
}
