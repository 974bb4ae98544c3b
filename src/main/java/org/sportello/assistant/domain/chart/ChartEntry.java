package org.sportello.assistant.domain.chart;

import java.util.Objects;
import org.sportello.shared.Money;

/**
 * One bar: a category's or a merchant's name and what was spent there.
 *
 * @param amount what was spent, as a positive amount (or zero): a chart of spending has no refunds
 */
public record ChartEntry(String label, Money amount) {

    public ChartEntry {
        Objects.requireNonNull(label, "label == null");
        Objects.requireNonNull(amount, "amount == null");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a chart entry's label must not be blank");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("spending is charted as a positive amount: '" + label + "' is " + amount);
        }
    }
}
