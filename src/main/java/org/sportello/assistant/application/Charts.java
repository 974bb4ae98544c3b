package org.sportello.assistant.application;

import org.sportello.assistant.domain.chart.PeriodComparison;
import org.sportello.assistant.domain.chart.SpendingChart;

/**
 * Draws charts as PNG pictures for the chat. Takes charts already {@code ranked}: it draws the
 * bars it is given, in their order, and refuses more than {@code BARS_MAX}.
 */
public interface Charts {

    /** Horizontal bars, one per entry, each with its amount written the customer's way. */
    byte[] spending(SpendingChart chart);

    /** Two bars per entry, the previous period's and the current one's, with a legend naming them. */
    byte[] comparison(PeriodComparison chart);
}
