package org.sportello.assistant.adapter.out.chart;

import java.text.NumberFormat;
import java.util.Currency;
import org.sportello.shared.Language;
import org.sportello.shared.Money;

/** The words and numbers written on a chart, the customer's way. */
final class ChartLabels {

    /** A bar's name beside an 800-pixel chart: longer names are cut, so the bars keep their room. */
    static final int LABEL_CHARS_MAX = 24;

    private ChartLabels() {
    }

    /** At a bar's end, exact to the cent and written as the chat writes money: "1.234,50 €", "€1,234.50". */
    static String amount(Money amount, Language language) {
        return amount.format(language);
    }

    /**
     * The scale under the bars, in whole units ("1.000 €", "€1,000"). It formats the axis's tick
     * positions, which JFreeChart computes as doubles; no amount of the customer's goes through it.
     */
    static NumberFormat scale(Currency currency, Language language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(0);
        return format;
    }

    /** The label, at most {@link #LABEL_CHARS_MAX} characters, cut with "…" and never inside an emoji. */
    static String bar(String label) {
        String name = label.strip();
        if (name.length() <= LABEL_CHARS_MAX) {
            return name;
        }
        int end = LABEL_CHARS_MAX - 1;
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end).stripTrailing() + "…";
    }
}
