package org.sportello.assistant.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.sportello.shared.Language;

class EntityPropertiesTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final int DAYS_SPAN = 40_000;
    private static final Currency EUR = Currency.getInstance("EUR");

    private static final List<String> FRAGMENTS = List.of("ieri", "oggi", "l'altro ieri", "la settimana scorsa",
            "questo mese", "a ottobre", "ottobre 2025", "ott 2025", "in october", "oct", "quest'anno", "l'anno scorso",
            "nel 2024", "negli ultimi 30 giorni", "in the last 2 weeks", "past 3 months", "dal 3 al 10 marzo",
            "from 3 to 10 March", "between March 3 and March 10", "da lunedì", "since Monday", "in Q3",
            "nel terzo trimestre", "Q3 2025", "lunedì scorso", "last Monday", "il 3 marzo", "3/10/2025", "3/10",
            "this weekend", "lo scorso weekend", "il 29 febbraio", "dal 20 dicembre al 6 gennaio", "da gennaio a marzo",
            "20 €", "€ 20,50", "EUR 1.250,00", "$15", "sopra i 50", "mille euro", "carta 1234", "****1234",
            "la carta di credito", "col bancomat", "supermercato", "la spesa", "le spese", "benzina", "eating out",
            "mcdonalds", "esselunag", "Giulia", "a Marco", "😀", "perché", "caffe\u0301", "  ", ",", "?", "2025", "x");

    private final EntityExtractor extractor = EntityExtractorTest.EXTRACTOR;
    private final PeriodParser periods = new PeriodParser();
    private final AmountParser amounts = new AmountParser();

    @Property
    void entitiesQuoteTheMessageNeverOverlapAndComeInOrder(@ForAll("messages") String message,
                                                           @ForAll("days") LocalDate today) {
        List<Entity> entities = extractor.extract(message, EntityExtractorTest.GIULIA.withNow(at(today)));

        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            assertThat(entity.end()).isLessThanOrEqualTo(message.length());
            assertThat(message.substring(entity.start(), entity.end())).isEqualTo(entity.text());
            if (i > 0) {
                assertThat(entity.start()).isGreaterThanOrEqualTo(entities.get(i - 1).end());
            }
        }
    }

    @Property
    void everyPeriodEndsAfterItStarts(@ForAll("messages") String message, @ForAll("days") LocalDate today) {
        for (Entity entity : periods.find(message, at(today), Optional.empty())) {
            DatePeriod period = (DatePeriod) entity.value();
            assertThat(period.from()).isBefore(period.to());
            assertThat(period.days()).isLessThanOrEqualTo(DatePeriod.DAYS_MAX);
        }
    }

    @Property
    void theLastNDaysAreNDaysEndingToday(@ForAll @IntRange(min = 1, max = 3_000) int days, @ForAll("days") LocalDate today) {
        assertThat(periods.find("negli ultimi " + days + " giorni", at(today), Optional.of(Language.IT)))
                .singleElement().extracting(Entity::value)
                .isEqualTo(new DatePeriod(today.minusDays(days - 1L), today.plusDays(1)));
    }

    @Property
    void aMonthWithoutYearIsNeverInTheFuture(@ForAll @IntRange(min = 1, max = 12) int month, @ForAll("days") LocalDate today) {
        String name = List.of("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                "settembre", "ottobre", "novembre", "dicembre").get(month - 1);

        DatePeriod period = (DatePeriod) periods.find("a " + name, at(today), Optional.empty()).get(0).value();

        assertThat(period.from()).isBeforeOrEqualTo(today).isAfter(today.minusYears(1));
        assertThat(period.from().getMonthValue()).isEqualTo(month);
    }

    @Property
    void readsBackAmountsWrittenTheItalianOrTheEnglishWay(@ForAll @LongRange(min = 0, max = 99_999_999_999L) long cents,
                                                          @ForAll boolean italian, @ForAll boolean grouped,
                                                          @ForAll boolean symbolFirst) {
        BigDecimal value = BigDecimal.valueOf(cents, 2);
        String number = format(value, italian, grouped);
        String written = symbolFirst ? "€ " + number : number + (italian ? " euro" : " EUR");

        assertThat(amounts.find("pagato " + written + " ieri", EUR))
                .singleElement().satisfies(entity -> {
                    assertThat(entity.text()).isEqualTo(written);
                    assertThat(entity.value()).isEqualTo(new MoneyAmount(value, EUR));
                });
    }

    @Provide
    Arbitrary<String> messages() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(8).map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, DAYS_SPAN).map(FIRST_DAY::plusDays);
    }

    private static ZonedDateTime at(LocalDate today) {
        return today.atTime(10, 0).atZone(Customers.ROME);
    }

    private static String format(BigDecimal value, boolean italian, boolean grouped) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(italian ? ',' : '.');
        symbols.setGroupingSeparator(italian ? '.' : ',');
        return new DecimalFormat(grouped ? "#,##0.00" : "0.00", symbols).format(value);
    }
}
