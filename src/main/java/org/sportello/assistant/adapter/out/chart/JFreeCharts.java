package org.sportello.assistant.adapter.out.chart;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.sportello.assistant.adapter.out.Png;
import org.sportello.assistant.application.Charts;
import org.sportello.assistant.domain.chart.ChartEntry;
import org.sportello.assistant.domain.chart.ComparedEntry;
import org.sportello.assistant.domain.chart.PeriodComparison;
import org.sportello.assistant.domain.chart.SpendingChart;
import org.sportello.shared.Language;
import org.sportello.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Charts drawn with JFreeChart into an 800×500 PNG, white, in a sans-serif font large enough to read
 * on a phone. The same chart always gives the same bytes: nothing time-dependent is drawn or written.
 */
@Component
class JFreeCharts implements Charts {

    static final int WIDTH_PX = 800;
    static final int HEIGHT_PX = 500;

    static final Color CURRENT = new Color(0x0b5d6b); // the web chat's accent colour
    static final Color PREVIOUS = new Color(0x9fbfc6);
    /** The series of a chart with one: its name is never shown. */
    private static final String SPENDING = "spending";

    @Override
    public byte[] spending(SpendingChart chart) {
        List<ChartEntry> entries = chart.entries();
        requireAtMost(entries.size(), SpendingChart.BARS_MAX);
        Bars bars = new Bars(1, entries.size());
        for (int i = 0; i < entries.size(); i++) {
            bars.add(0, SPENDING, i, entries.get(i).label(), entries.get(i).amount());
        }
        return png(bars.plot(chart.language(), CURRENT).chart(chart.title(), false));
    }

    @Override
    public byte[] comparison(PeriodComparison chart) {
        List<ComparedEntry> entries = chart.entries();
        requireAtMost(entries.size(), PeriodComparison.BARS_MAX);
        Bars bars = new Bars(2, entries.size());
        for (int i = 0; i < entries.size(); i++) {
            ComparedEntry entry = entries.get(i);
            bars.add(0, chart.previousPeriod(), i, entry.label(), entry.previous());
            bars.add(1, chart.currentPeriod(), i, entry.label(), entry.current());
        }
        JFreeChart drawn = bars.plot(chart.language(), PREVIOUS, CURRENT).chart(chart.title(), true);
        LegendTitle legend = drawn.getLegend();
        legend.setItemFont(BarPlot.NAME_FONT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        return png(drawn);
    }

    private static void requireAtMost(int bars, int barsMax) {
        if (bars > barsMax) {
            throw new IllegalArgumentException("a chart draws at most " + barsMax + " bars, got " + bars
                    + ": rank the chart first (ranked(otherLabel) folds the smallest into one)");
        }
    }

    /** RGB, no alpha: smaller, and white under the chart whatever the chat's background. */
    static byte[] png(JFreeChart chart) {
        return Png.of(chart.createBufferedImage(WIDTH_PX, HEIGHT_PX, BufferedImage.TYPE_INT_RGB, null));
    }

    /** What JFreeChart plots, and beside it the Money each bar was made from, for its label. */
    private static final class Bars {

        private final DefaultCategoryDataset data = new DefaultCategoryDataset();
        /** By series (row), then position (column), as in the dataset. */
        private final Money[][] amounts;

        Bars(int series, int positions) {
            amounts = new Money[series][positions];
        }

        void add(int series, String seriesName, int position, String name, Money amount) {
            // JFreeChart plots the BigDecimal as a double; the label at the bar's end is the Money, exact.
            data.addValue(amount.amount(), seriesName, new Bar(position, name));
            amounts[series][position] = amount;
        }

        /** {@code colors} by series, in order. */
        BarPlot plot(Language language, Color... colors) {
            BarPlot plot = new BarPlot(data, new MoneyLabels(amounts, language), amounts[0][0].currency(), language);
            for (int series = 0; series < colors.length; series++) {
                plot.paint(series, colors[series]);
            }
            return plot;
        }
    }

    /**
     * A bar's key: its position keeps two entries apart even when their shortened names are the
     * same; the axis shows the name (JFreeChart writes a category's toString).
     */
    record Bar(int position, String name) implements Comparable<Bar> {

        @Override
        public int compareTo(Bar other) {
            return Integer.compare(position, other.position);
        }

        @Override
        public String toString() {
            return ChartLabels.bar(name);
        }
    }
}
