package org.sportello.assistant.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.assistant.domain.entities.Customers.FEBRUARY;
import static org.sportello.assistant.domain.entities.Customers.NOVEMBER;
import static org.sportello.assistant.domain.entities.Customers.ROME;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.shared.Language;

class PeriodParserTest {

    private final PeriodParser parser = new PeriodParser();

    @ParameterizedTest(name = "[{index}] \"{0}\" on 29 Nov 2026 → {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            quanto ho speso oggi?                       | oggi                         | 2026-11-29 | 2026-11-30
            what did I spend today                      | today                        | 2026-11-29 | 2026-11-30
            spese di ieri                               | ieri                         | 2026-11-28 | 2026-11-29
            Yesterday                                   | Yesterday                    | 2026-11-28 | 2026-11-29
            l'altro ieri                                | l'altro ieri                 | 2026-11-27 | 2026-11-28
            l’altroieri al bar                          | l’altroieri                  | 2026-11-27 | 2026-11-28
            the day before yesterday                    | the day before yesterday     | 2026-11-27 | 2026-11-28
            questa settimana                            | questa settimana             | 2026-11-23 | 2026-11-30
            this week                                   | this week                    | 2026-11-23 | 2026-11-30
            spese della settimana scorsa                | della settimana scorsa       | 2026-11-16 | 2026-11-23
            la scorsa settimana                         | la scorsa settimana          | 2026-11-16 | 2026-11-23
            what did I spend last week                  | last week                    | 2026-11-16 | 2026-11-23
            questo mese                                 | questo mese                  | 2026-11-01 | 2026-12-01
            this month                                  | this month                   | 2026-11-01 | 2026-12-01
            il mese scorso                              | il mese scorso               | 2026-10-01 | 2026-11-01
            lo scorso mese                              | lo scorso mese               | 2026-10-01 | 2026-11-01
            fuel last month                             | last month                   | 2026-10-01 | 2026-11-01
            spese a ottobre                             | a ottobre                    | 2026-10-01 | 2026-11-01
            spending in October                         | in October                   | 2026-10-01 | 2026-11-01
            groceries oct                               | oct                          | 2026-10-01 | 2026-11-01
            a novembre                                  | a novembre                   | 2026-11-01 | 2026-12-01
            a dicembre                                  | a dicembre                   | 2025-12-01 | 2026-01-01
            ottobre 2025                                | ottobre 2025                 | 2025-10-01 | 2025-11-01
            ott 2025                                    | ott 2025                     | 2025-10-01 | 2025-11-01
            Oct. 2025                                   | Oct. 2025                    | 2025-10-01 | 2025-11-01
            ottobre del 2025                            | ottobre del 2025             | 2025-10-01 | 2025-11-01
            nel mese di maggio                          | nel mese di maggio           | 2026-05-01 | 2026-06-01
            in may                                      | in may                       | 2026-05-01 | 2026-06-01
            quest'anno                                  | quest'anno                   | 2026-01-01 | 2027-01-01
            this year                                   | this year                    | 2026-01-01 | 2027-01-01
            l'anno scorso                               | l'anno scorso                | 2025-01-01 | 2026-01-01
            last year                                   | last year                    | 2025-01-01 | 2026-01-01
            nel 2024                                    | nel 2024                     | 2024-01-01 | 2025-01-01
            in 2024                                     | in 2024                      | 2024-01-01 | 2025-01-01
            negli ultimi 30 giorni                      | negli ultimi 30 giorni       | 2026-10-31 | 2026-11-30
            last 30 days                                | last 30 days                 | 2026-10-31 | 2026-11-30
            in the last 2 weeks                         | in the last 2 weeks          | 2026-11-16 | 2026-11-30
            nelle ultime due settimane                  | nelle ultime due settimane   | 2026-11-16 | 2026-11-30
            past 3 months                               | past 3 months                | 2026-08-30 | 2026-11-30
            negli ultimi tre mesi                       | negli ultimi tre mesi        | 2026-08-30 | 2026-11-30
            the last week                               | the last week                | 2026-11-23 | 2026-11-30
            nell'ultimo mese                            | nell'ultimo mese             | 2026-10-30 | 2026-11-30
            dal 3 al 10 marzo                           | dal 3 al 10 marzo            | 2026-03-03 | 2026-03-11
            from 3 to 10 March                          | from 3 to 10 March           | 2026-03-03 | 2026-03-11
            between March 3 and March 10                | between March 3 and March 10 | 2026-03-03 | 2026-03-11
            tra il 3 e il 10 marzo                      | tra il 3 e il 10 marzo       | 2026-03-03 | 2026-03-11
            dal 25 novembre al 5 dicembre 2025          | dal 25 novembre al 5 dicembre 2025 | 2025-11-25 | 2025-12-06
            dal 20 dicembre al 6 gennaio                | dal 20 dicembre al 6 gennaio | 2025-12-20 | 2026-01-07
            da gennaio a marzo                          | da gennaio a marzo           | 2026-01-01 | 2026-04-01
            dal 1/3 al 10/3                             | dal 1/3 al 10/3              | 2026-03-01 | 2026-03-11
            since Monday                                | since Monday                 | 2026-11-23 | 2026-11-30
            da lunedì                                   | da lunedì                    | 2026-11-23 | 2026-11-30
            da lunedi                                   | da lunedi                    | 2026-11-23 | 2026-11-30
            dal 3 marzo                                 | dal 3 marzo                  | 2026-03-03 | 2026-11-30
            since October                               | since October                | 2026-10-01 | 2026-11-30
            in Q3                                       | in Q3                        | 2026-07-01 | 2026-10-01
            nel terzo trimestre                         | nel terzo trimestre          | 2026-07-01 | 2026-10-01
            Q3 2025                                     | Q3 2025                      | 2025-07-01 | 2025-10-01
            in the third quarter of 2025                | in the third quarter of 2025 | 2025-07-01 | 2025-10-01
            in Q4                                       | in Q4                        | 2026-10-01 | 2027-01-01
            this quarter                                | this quarter                 | 2026-10-01 | 2027-01-01
            il trimestre scorso                         | il trimestre scorso          | 2026-07-01 | 2026-10-01
            lunedì scorso                               | lunedì scorso                | 2026-11-23 | 2026-11-24
            lo scorso lunedì                            | lo scorso lunedì             | 2026-11-23 | 2026-11-24
            last Monday                                 | last Monday                  | 2026-11-23 | 2026-11-24
            venerdi                                     | venerdi                      | 2026-11-27 | 2026-11-28
            domenica                                    | domenica                     | 2026-11-29 | 2026-11-30
            domenica scorsa                             | domenica scorsa              | 2026-11-22 | 2026-11-23
            il 3 marzo                                  | il 3 marzo                   | 2026-03-03 | 2026-03-04
            il 3 dicembre                               | il 3 dicembre                | 2025-12-03 | 2025-12-04
            on the 3rd of March                         | on the 3rd of March          | 2026-03-03 | 2026-03-04
            March 3, 2025                               | March 3, 2025                | 2025-03-03 | 2025-03-04
            3/10/2025                                   | 3/10/2025                    | 2025-10-03 | 2025-10-04
            il 3/10                                     | il 3/10                      | 2026-10-03 | 2026-10-04
            03.10.2025                                  | 03.10.2025                   | 2025-10-03 | 2025-10-04
            2025-10-03                                  | 2025-10-03                   | 2025-10-03 | 2025-10-04
            3/10/25                                     | 3/10/25                      | 2025-10-03 | 2025-10-04
            this weekend                                | this weekend                 | 2026-11-28 | 2026-11-30
            questo fine settimana                       | questo fine settimana        | 2026-11-28 | 2026-11-30
            lo scorso weekend                           | lo scorso weekend            | 2026-11-21 | 2026-11-23
            il weekend scorso                           | il weekend scorso            | 2026-11-21 | 2026-11-23
            last weekend                                | last weekend                 | 2026-11-21 | 2026-11-23
            """)
    void resolvesInNovember(String message, String text, LocalDate from, LocalDate to) {
        assertOnePeriod(parser.find(message, NOVEMBER, Optional.empty()), message, text, from, to);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" on 11 Feb 2026 → {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            a ottobre                 | a ottobre                 | 2025-10-01 | 2025-11-01
            in october                | in october                | 2025-10-01 | 2025-11-01
            ottobre 2025              | ottobre 2025              | 2025-10-01 | 2025-11-01
            febbraio                  | febbraio                  | 2026-02-01 | 2026-03-01
            a gennaio                 | a gennaio                 | 2026-01-01 | 2026-02-01
            in Q3                     | in Q3                     | 2025-07-01 | 2025-10-01
            nel primo trimestre       | nel primo trimestre       | 2026-01-01 | 2026-04-01
            il mese scorso            | il mese scorso            | 2026-01-01 | 2026-02-01
            l'anno scorso             | l'anno scorso             | 2025-01-01 | 2026-01-01
            la settimana scorsa       | la settimana scorsa       | 2026-02-02 | 2026-02-09
            negli ultimi 30 giorni    | negli ultimi 30 giorni    | 2026-01-13 | 2026-02-12
            past 3 months             | past 3 months             | 2025-11-12 | 2026-02-12
            dal 3 al 10 marzo         | dal 3 al 10 marzo         | 2025-03-03 | 2025-03-11
            il 3 marzo                | il 3 marzo                | 2025-03-03 | 2025-03-04
            since Monday              | since Monday              | 2026-02-09 | 2026-02-12
            lunedì scorso             | lunedì scorso             | 2026-02-09 | 2026-02-10
            lo scorso weekend         | lo scorso weekend         | 2026-02-07 | 2026-02-09
            this weekend              | this weekend              | 2026-02-14 | 2026-02-16
            """)
    void resolvesInFebruaryWithTheYearRollingOver(String message, String text, LocalDate from, LocalDate to) {
        assertOnePeriod(parser.find(message, FEBRUARY, Optional.empty()), message, text, from, to);
    }

    @Test
    void readsNumbersDayFirstAndMonthFirstOnlyInEnglishWhenDayFirstCannotBe() {
        assertThat(periodOf("10/25/2025", Optional.of(Language.EN))).contains(period("2025-10-25", "2025-10-26"));
        assertThat(periodOf("10/25/2025", Optional.empty())).contains(period("2025-10-25", "2025-10-26"));
        assertThat(periodOf("10/25/2025", Optional.of(Language.IT))).isEmpty();
        assertThat(periodOf("3/10/2025", Optional.of(Language.EN))).contains(period("2025-10-03", "2025-10-04"));
    }

    @Test
    void todayIsTheDateInTheCustomersZone() {
        Instant lateSundayInUtc = Instant.parse("2026-11-29T23:30:00Z");

        assertThat(parser.find("oggi", ZonedDateTime.ofInstant(lateSundayInUtc, ROME), Optional.empty()))
                .singleElement().extracting(Entity::value).isEqualTo(period("2026-11-30", "2026-12-01"));
        assertThat(parser.find("oggi", ZonedDateTime.ofInstant(lateSundayInUtc, ZoneOffset.UTC), Optional.empty()))
                .singleElement().extracting(Entity::value).isEqualTo(period("2026-11-29", "2026-11-30"));
    }

    @Test
    void aWeekdayIsTodayWhenTodayIsThatDayButLastIsAWeekBefore() {
        ZonedDateTime monday = NOVEMBER.plusDays(1);

        assertThat(periodOf("lunedì", monday)).contains(period("2026-11-30", "2026-12-01"));
        assertThat(periodOf("last Monday", monday)).contains(period("2026-11-23", "2026-11-24"));
        assertThat(periodOf("since Monday", monday)).contains(period("2026-11-30", "2026-12-01"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" names no period")
    @CsvSource(delimiter = '|', textBlock = """
            may I see my balance?
            two weeks ago
            il set di pentole
            vado al mar
            gli ultimi giorni
            qual è il mio saldo
            20,50 euro
            10.05
            1.250
            carta 1234
            il 31/02
            il 29 febbraio
            la carta che finisce con 2025
            """)
    void findsNoPeriodWhereThereIsNone(String message) {
        assertThat(parser.find(message, FEBRUARY, Optional.empty())).isEmpty();
    }

    @Test
    void findsEveryPeriodOfAMessageInOrder() {
        List<Entity> periods = parser.find("ieri e a ottobre 2025, poi dal 3 al 10 marzo", NOVEMBER, Optional.of(Language.IT));

        assertThat(periods).extracting(Entity::text).containsExactly("ieri", "a ottobre 2025", "dal 3 al 10 marzo");
        assertThat(periods).extracting(Entity::start).containsExactly(0, 7, 27);
    }

    private Optional<EntityValue> periodOf(String message, Optional<Language> language) {
        return parser.find(message, NOVEMBER, language).stream().map(Entity::value).findFirst();
    }

    private Optional<EntityValue> periodOf(String message, ZonedDateTime now) {
        return parser.find(message, now, Optional.empty()).stream().map(Entity::value).findFirst();
    }

    static DatePeriod period(String from, String to) {
        return new DatePeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    static void assertOnePeriod(List<Entity> found, String message, String text, LocalDate from, LocalDate to) {
        assertThat(found).singleElement().satisfies(entity -> {
            assertThat(entity.type()).isEqualTo(EntityType.PERIOD);
            assertThat(entity.text()).isEqualTo(text);
            assertThat(entity.start()).isEqualTo(message.indexOf(text));
            assertThat(entity.end()).isEqualTo(message.indexOf(text) + text.length());
            assertThat(entity.value()).isEqualTo(new DatePeriod(from, to));
        });
    }
}
