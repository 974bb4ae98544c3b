package org.sportello.assistant.domain.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sportello.shared.Language;
import org.sportello.shared.Money;

/** What a spending chart shows: the largest first, at most nine bars, the long tail as "Other". */
class SpendingChartTest {

    static List<ChartEntry> categories(int count) {
        List<ChartEntry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(new ChartEntry("Categoria " + i, Money.eur(i + "0.00")));
        }
        return entries;
    }

    static SpendingChart chart(List<ChartEntry> entries) {
        return new SpendingChart("Spese di ottobre", entries, Language.IT);
    }

    static List<String> bars(SpendingChart chart) {
        return chart.entries().stream().map(entry -> entry.label() + " " + entry.amount().toDecimalString()).toList();
    }

    @Test
    void ranksTheLargestFirstAndTiesByName() {
        SpendingChart chart = chart(List.of(new ChartEntry("Trasporti", Money.eur("86.00")),
                new ChartEntry("Spesa", Money.eur("412.35")), new ChartEntry("Bar", Money.eur("86.00"))));

        assertThat(bars(chart.ranked("Altro"))).containsExactly("Spesa 412.35", "Bar 86.00", "Trasporti 86.00");
    }

    @Test
    void beyondNineEntriesTheSmallestAreSummedIntoOtherLast() {
        SpendingChart ranked = chart(categories(12)).ranked("Altro");

        assertThat(ranked.entries()).hasSize(SpendingChart.BARS_MAX);
        assertThat(bars(ranked)).containsExactly("Categoria 12 120.00", "Categoria 11 110.00", "Categoria 10 100.00",
                "Categoria 9 90.00", "Categoria 8 80.00", "Categoria 7 70.00", "Categoria 6 60.00", "Categoria 5 50.00",
                "Altro 100.00"); // 40 + 30 + 20 + 10
        assertThat(ranked.title()).isEqualTo("Spese di ottobre");
    }

    @Test
    void nineEntriesAreNineNamedBars() {
        assertThat(bars(chart(categories(9)).ranked("Altro"))).hasSize(9).noneMatch(bar -> bar.startsWith("Altro"));
    }

    @Test
    void comparesTwoPeriodsRankedByTheLargerAndSumsTheRestOfBoth() {
        List<ComparedEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            entries.add(new ComparedEntry("Categoria " + i, Money.eur(i + "0.00"), Money.eur((11 - i) + "1.00")));
        }

        PeriodComparison ranked = new PeriodComparison("Ottobre e settembre", "ottobre", "settembre", entries, Language.IT)
                .ranked("Altro");

        assertThat(ranked.entries()).hasSize(PeriodComparison.BARS_MAX);
        assertThat(ranked.entries().get(0)).isEqualTo(new ComparedEntry("Categoria 1", Money.eur("10.00"), Money.eur("101.00")));
        assertThat(ranked.entries().get(1)).isEqualTo(new ComparedEntry("Categoria 10", Money.eur("100.00"), Money.eur("11.00")));
        // The smallest by their larger amount: Categoria 5 (50, 61) and Categoria 6 (60, 51).
        assertThat(ranked.entries().get(8)).isEqualTo(new ComparedEntry("Altro", Money.eur("110.00"), Money.eur("112.00")));
    }

    @Test
    void refusesWhatNoChartCanShow() {
        assertThatThrownBy(() -> chart(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a chart has 1 to 1000 entries, got 0");
        assertThatThrownBy(() -> chart(categories(1_001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a chart has 1 to 1000 entries, got 1001");
        assertThatThrownBy(() -> new SpendingChart("x".repeat(81), categories(1), Language.IT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a chart's title must be 1 to 80 characters, got 81");
        assertThatThrownBy(() -> chart(List.of(new ChartEntry("Spesa", Money.eur("1.00")),
                new ChartEntry("Shop", Money.ofMinor(100, "USD")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a chart's amounts are in one currency: EUR and USD");
        assertThatThrownBy(() -> new ChartEntry("Rimborso", Money.eur("-5.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spending is charted as a positive amount: 'Rimborso' is -5.00 EUR");
        assertThatThrownBy(() -> new PeriodComparison("Confronto", "ottobre", "ottobre",
                List.of(new ComparedEntry("Spesa", Money.eur("1.00"), Money.eur("2.00"))), Language.IT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the two periods need different names, got 'ottobre' twice");
    }
}
