package org.sportello.assistant.adapter.out.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Currency;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.sportello.shared.Language;

/**
 * Horizontal bars in Sportello's look: flat, no shadows or gradients, names on the left, amounts at
 * the bars' ends, a light scale below. Built without JFreeChart's global theme, which is shared
 * mutable state.
 */
final class BarPlot {

    static final Color INK = new Color(0x1b2b31);
    static final Color GRID = new Color(0xdde5e8);
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    static final Font NAME_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font AMOUNT_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font SCALE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Room right of the longest bar for its amount. */
    static final double AMOUNT_MARGIN = 0.28;

    private final CategoryPlot plot;
    private final BarRenderer bars = new BarRenderer();

    BarPlot(CategoryDataset data, MoneyLabels labels, Currency currency, Language language) {
        CategoryAxis names = new CategoryAxis();
        names.setTickLabelFont(NAME_FONT);
        names.setTickLabelPaint(INK);
        names.setAxisLineVisible(false);
        names.setTickMarksVisible(false);
        names.setCategoryMargin(0.3);
        names.setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis scale = new NumberAxis();
        scale.setTickLabelFont(SCALE_FONT);
        scale.setTickLabelPaint(INK);
        scale.setAxisLineVisible(false);
        scale.setNumberFormatOverride(ChartLabels.scale(currency, language));
        scale.setUpperMargin(AMOUNT_MARGIN);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.06);
        bars.setDefaultItemLabelGenerator(labels);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(AMOUNT_FONT);
        bars.setDefaultItemLabelPaint(INK);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelInsets(new RectangleInsets(0, 6, 0, 0));
        bars.setDefaultLegendTextFont(NAME_FONT);
        plot = new CategoryPlot(data, names, scale, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT); // the scale under the bars, where it is read last
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    void paint(int series, Color color) {
        bars.setSeriesPaint(series, color);
    }

    JFreeChart chart(String title, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(16, 16, 16, 24));
        TextTitle heading = chart.getTitle();
        heading.setPaint(INK);
        heading.setPadding(new RectangleInsets(0, 0, 12, 0));
        return chart;
    }
}
