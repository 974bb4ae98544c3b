package org.sportello.assistant.domain.chart;

import java.util.Objects;
import org.sportello.shared.Money;

/**
 * One category or merchant in two periods: what was spent in the current one and in the one
 * before, both positive (or zero) and in one currency.
 */
public record ComparedEntry(String label, Money current, Money previous) {

    public ComparedEntry {
        Objects.requireNonNull(label, "label == null");
        Objects.requireNonNull(current, "current == null");
        Objects.requireNonNull(previous, "previous == null");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a chart entry's label must not be blank");
        }
        if (current.isNegative() || previous.isNegative()) {
            throw new IllegalArgumentException("spending is charted as a positive amount: '" + label + "' is " + current
                    + " and " + previous);
        }
        if (!current.currency().equals(previous.currency())) {
            throw new IllegalArgumentException("'" + label + "' compares " + current.currency() + " with " + previous.currency());
        }
    }

    /** The larger of the two, by which entries are ranked. */
    Money larger() {
        return current.compareTo(previous) >= 0 ? current : previous;
    }

    ComparedEntry plus(ComparedEntry other, String mergedLabel) {
        return new ComparedEntry(mergedLabel, current.plus(other.current), previous.plus(other.previous));
    }
}
