package org.sportello.assistant.domain.chart;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What every chart must hold to: a title that fits, some entries but not unboundedly many, one currency. */
final class ChartLimits {

    /** A title is one line over an 800-pixel picture. */
    static final int TITLE_CHARS_MAX = 80;
    /** More entries than this is a caller's bug (a month has no thousand categories), not a long tail. */
    static final int ENTRIES_MAX = 1_000;
    /** Bars with a name of their own; the rest are one "Other" bar after them. */
    static final int NAMED_BARS_MAX = 8;
    /** Bars a chart draws at most: the named ones and "Other". */
    static final int BARS_MAX = NAMED_BARS_MAX + 1;

    private ChartLimits() {
    }

    static String title(String title) {
        Objects.requireNonNull(title, "title == null");
        if (title.isBlank() || title.length() > TITLE_CHARS_MAX) {
            throw new IllegalArgumentException("a chart's title must be 1 to " + TITLE_CHARS_MAX + " characters, got " + title.length());
        }
        return title;
    }

    /** The entries, copied, after checking their number and that they share one currency. */
    static <T> List<T> entries(List<T> entries, Function<T, Currency> currency) {
        Objects.requireNonNull(entries, "entries == null");
        if (entries.isEmpty() || entries.size() > ENTRIES_MAX) {
            throw new IllegalArgumentException("a chart has 1 to " + ENTRIES_MAX + " entries, got " + entries.size());
        }
        List<T> copy = List.copyOf(entries);
        Currency first = currency.apply(copy.get(0));
        for (T entry : copy) {
            if (!currency.apply(entry).equals(first)) {
                throw new IllegalArgumentException("a chart's amounts are in one currency: " + first + " and " + currency.apply(entry));
            }
        }
        return copy;
    }
}
