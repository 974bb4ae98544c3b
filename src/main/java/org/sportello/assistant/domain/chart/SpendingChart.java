package org.sportello.assistant.domain.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sportello.shared.Language;

/**
 * Spending by category or by merchant, drawn as horizontal bars, the largest on top.
 *
 * @param title    what the chart shows, in the customer's language ("Spese di ottobre per categoria")
 * @param entries  1 to {@value ChartLimits#ENTRIES_MAX}, in one currency, in any order
 * @param language the customer's: amounts are written its way ("1.234,50 €", "€1,234.50")
 */
public record SpendingChart(String title, List<ChartEntry> entries, Language language) {

    /** Bars drawn at most: {@value ChartLimits#NAMED_BARS_MAX} named ones, then "Other". */
    public static final int BARS_MAX = ChartLimits.BARS_MAX;

    private static final Comparator<ChartEntry> LARGEST_FIRST =
            Comparator.comparing(ChartEntry::amount).reversed().thenComparing(ChartEntry::label);

    public SpendingChart {
        title = ChartLimits.title(title);
        entries = ChartLimits.entries(entries, entry -> entry.amount().currency());
        Objects.requireNonNull(language, "language == null");
    }

    /**
     * The chart as drawn: largest first, at most {@link #BARS_MAX} bars, the smallest entries
     * summed into one bar named {@code otherLabel} ("Altro", "Other"), last.
     */
    public SpendingChart ranked(String otherLabel) {
        Objects.requireNonNull(otherLabel, "otherLabel == null");
        return new SpendingChart(title, LargestFirst.fold(entries, LARGEST_FIRST, ChartLimits.NAMED_BARS_MAX,
                (other, entry) -> new ChartEntry(otherLabel, other.amount().plus(entry.amount()))), language);
    }
}
