package org.sportello.assistant.adapter.out.chart;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;
import org.sportello.shared.Language;
import org.sportello.shared.Money;

/**
 * Writes each bar's amount at its end from the {@link Money} it was made from, never from the
 * double JFreeChart plots: "1.234,50 €" is exactly what was spent.
 */
final class MoneyLabels implements CategoryItemLabelGenerator {

    /** By series (row), then bar (column), as in the dataset. */
    private final Money[][] amounts;
    private final Language language;

    MoneyLabels(Money[][] amounts, Language language) {
        this.amounts = amounts;
        this.language = language;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        return ChartLabels.amount(amounts[row][column], language);
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }
}
