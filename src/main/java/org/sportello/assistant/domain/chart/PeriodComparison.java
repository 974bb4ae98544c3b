package org.sportello.assistant.domain.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sportello.shared.Language;

/**
 * Spending in two periods side by side: for each category or merchant, two bars, the period before
 * and the current one ("settembre", "ottobre").
 *
 * @param currentPeriod  the later period's name, in the customer's language ("ottobre")
 * @param previousPeriod the earlier one's ("settembre")
 * @param entries        1 to {@value ChartLimits#ENTRIES_MAX}, in one currency, in any order
 */
public record PeriodComparison(String title, String currentPeriod, String previousPeriod, List<ComparedEntry> entries,
                               Language language) {

    /** Pairs of bars drawn at most: {@value ChartLimits#NAMED_BARS_MAX} named ones, then "Other". */
    public static final int BARS_MAX = ChartLimits.BARS_MAX;
    /** A period's name is a legend entry, not a sentence. */
    public static final int PERIOD_CHARS_MAX = 40;

    private static final Comparator<ComparedEntry> LARGEST_FIRST = Comparator.comparing(ComparedEntry::larger).reversed()
            .thenComparing(Comparator.comparing(ComparedEntry::current).reversed())
            .thenComparing(ComparedEntry::label);

    public PeriodComparison {
        title = ChartLimits.title(title);
        currentPeriod = period(currentPeriod, "currentPeriod");
        previousPeriod = period(previousPeriod, "previousPeriod");
        if (currentPeriod.equals(previousPeriod)) {
            throw new IllegalArgumentException("the two periods need different names, got '" + currentPeriod + "' twice");
        }
        entries = ChartLimits.entries(entries, entry -> entry.current().currency());
        Objects.requireNonNull(language, "language == null");
    }

    /** The chart as drawn: the largest (in either period) first, at most {@link #BARS_MAX} pairs, the rest as {@code otherLabel}. */
    public PeriodComparison ranked(String otherLabel) {
        Objects.requireNonNull(otherLabel, "otherLabel == null");
        return new PeriodComparison(title, currentPeriod, previousPeriod, LargestFirst.fold(entries, LARGEST_FIRST,
                ChartLimits.NAMED_BARS_MAX, (other, entry) -> other.plus(entry, otherLabel)), language);
    }

    private static String period(String name, String parameter) {
        Objects.requireNonNull(name, parameter + " == null");
        if (name.isBlank() || name.length() > PERIOD_CHARS_MAX) {
            throw new IllegalArgumentException(parameter + " must be 1 to " + PERIOD_CHARS_MAX + " characters, got " + name.length());
        }
        return name;
    }
}
