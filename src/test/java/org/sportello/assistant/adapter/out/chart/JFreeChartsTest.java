package org.sportello.assistant.adapter.out.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sportello.assistant.domain.chart.ChartEntry;
import org.sportello.assistant.domain.chart.ComparedEntry;
import org.sportello.assistant.domain.chart.PeriodComparison;
import org.sportello.assistant.domain.chart.SpendingChart;
import org.sportello.shared.Language;
import org.sportello.shared.Money;

/** Spending charts drawn headless into PNGs: valid, of the fixed size, the same for the same data, labelled the customer's way. */
class JFreeChartsTest {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    final JFreeCharts charts = new JFreeCharts();

    static SpendingChart octoberByCategory(Language language) {
        return new SpendingChart("Spese di ottobre per categoria", List.of(
                new ChartEntry("Spesa alimentare", Money.eur("412.35")),
                new ChartEntry("Ristoranti e bar", Money.eur("1234.50")),
                new ChartEntry("Trasporti", Money.eur("86.00")),
                new ChartEntry("Abbonamenti e servizi digitali in streaming", Money.eur("27.97"))), language);
    }

    static PeriodComparison octoberAgainstSeptember() {
        return new PeriodComparison("Ottobre e settembre", "ottobre", "settembre", List.of(
                new ComparedEntry("Spesa alimentare", Money.eur("412.35"), Money.eur("398.10")),
                new ComparedEntry("Ristoranti e bar", Money.eur("1234.50"), Money.eur("310.00")),
                new ComparedEntry("Trasporti", Money.eur("0.00"), Money.eur("120.40"))), Language.IT);
    }

    static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("ImageIO reads the bytes as an image").isNotNull();
        return image;
    }

    @Test
    void drawsSpendingAsAPngOf800By500OnWhite() throws IOException {
        byte[] png = charts.spending(octoberByCategory(Language.IT));

        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = read(png);
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(image.getRGB(2, 2) & 0xffffff).as("the corner is white").isEqualTo(0xffffff);
        assertThat(image.getRGB(798, 498) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void drawsTwoPeriodsSideBySideAsAPngOfTheSameSize() throws IOException {
        BufferedImage image = read(charts.comparison(octoberAgainstSeptember()));

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        assertThat(charts.spending(octoberByCategory(Language.IT))).isEqualTo(charts.spending(octoberByCategory(Language.IT)));
        assertThat(charts.comparison(octoberAgainstSeptember())).isEqualTo(charts.comparison(octoberAgainstSeptember()));
    }

    @Test
    void theLanguageChangesHowAmountsAreWritten() {
        assertThat(charts.spending(octoberByCategory(Language.IT))).isNotEqualTo(charts.spending(octoberByCategory(Language.EN)));
    }

    @Test
    void amountsAreWrittenTheCustomersWayAndExactToTheCent() {
        assertThat(ChartLabels.amount(Money.eur("1234.50"), Language.IT)).isEqualTo("1.234,50\u00a0€");
        assertThat(ChartLabels.amount(Money.eur("1234.50"), Language.EN)).isEqualTo("€1,234.50");
        assertThat(ChartLabels.amount(Money.eur("0.10"), Language.IT)).isEqualTo("0,10\u00a0€");
    }

    @Test
    void theScaleIsInWholeUnitsTheCustomersWay() {
        Currency euro = Currency.getInstance("EUR");

        assertThat(ChartLabels.scale(euro, Language.IT).format(1500)).isEqualTo("1.500\u00a0€");
        assertThat(ChartLabels.scale(euro, Language.EN).format(1500)).isEqualTo("€1,500");
    }

    @Test
    void longNamesAreCutWithAnEllipsisAndNeverInsideAnEmoji() {
        assertThat(ChartLabels.bar("Trasporti")).isEqualTo("Trasporti");
        assertThat(ChartLabels.bar("Abbonamenti e servizi digitali in streaming")).isEqualTo("Abbonamenti e servizi d…")
                .hasSize(ChartLabels.LABEL_CHARS_MAX);
        assertThat(ChartLabels.bar("x".repeat(22) + "🍕🍕")).isEqualTo("x".repeat(22) + "…");
    }

    @Test
    void refusesAChartThatWasNotRanked() {
        List<ChartEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            entries.add(new ChartEntry("Categoria " + i, Money.eur(i + ".00")));
        }

        assertThatThrownBy(() -> charts.spending(new SpendingChart("Troppe barre", entries, Language.IT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a chart draws at most 9 bars, got 10: rank the chart first (ranked(otherLabel) folds the smallest into one)");
    }
}
