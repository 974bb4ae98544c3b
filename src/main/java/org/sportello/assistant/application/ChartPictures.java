package org.sportello.assistant.application;

import org.sportello.assistant.domain.chart.PeriodComparison;
import org.sportello.assistant.domain.chart.SpendingChart;
import org.sportello.notify.Picture;
import org.sportello.notify.Pictures;
import org.sportello.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Spending charts as pictures an answer can carry: ranked, drawn, and kept where the chats fetch
 * them. What the skills call when a picture says more than a list.
 */
@Component
class ChartPictures {

    private final Charts charts;
    private final Pictures pictures;
    private final Replies replies;

    ChartPictures(Charts charts, Pictures pictures, Replies replies) {
        this.charts = charts;
        this.pictures = pictures;
        this.replies = replies;
    }

    /**
     * @param altText what the chart shows, in words and in the chart's language (at most
     *                {@link Picture#ALT_TEXT_CHARS_MAX} characters): read by screen readers and sent
     *                where pictures cannot be shown
     */
    Picture spending(SpendingChart chart, String altText) {
        return pictures.keep(charts.spending(chart.ranked(other(chart.language()))), altText);
    }

    /** Two periods side by side; {@code altText} as for {@link #spending}. */
    Picture comparison(PeriodComparison chart, String altText) {
        return pictures.keep(charts.comparison(chart.ranked(other(chart.language()))), altText);
    }

    private String other(Language language) {
        return replies.text("assistant.chart.other", language);
    }
}
