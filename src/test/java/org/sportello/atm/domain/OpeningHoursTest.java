package org.sportello.atm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sportello.atm.OpenSpan;
import org.sportello.atm.OpenStatus;

/** Instants are Paris wall-clock times; 2026-06-01 is a Monday, 2026-06-06 a Saturday. */
class OpeningHoursTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static OpenStatus statusOf(String tag, String parisTime) {
        return OpeningHours.parse(tag).at(LocalDateTime.parse(parisTime).atZone(PARIS));
    }

    @ParameterizedTest(name = "''{0}'' at {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            24/7                                  | 2026-06-01T00:00 | OPEN
            24/7                                  | 2026-06-07T23:59 | OPEN
            Mo-Fr 09:00-17:30                     | 2026-06-01T08:59 | CLOSED
            Mo-Fr 09:00-17:30                     | 2026-06-01T09:00 | OPEN
            Mo-Fr 09:00-17:30                     | 2026-06-05T17:29 | OPEN
            Mo-Fr 09:00-17:30                     | 2026-06-05T17:30 | CLOSED
            Mo-Fr 09:00-17:30                     | 2026-06-06T10:00 | CLOSED
            Mo-Fr 09:00-17:30                     | 2026-06-07T10:00 | CLOSED
            Mo,We 10:00-12:00                     | 2026-06-01T11:00 | OPEN
            Mo,We 10:00-12:00                     | 2026-06-02T11:00 | CLOSED
            Mo,We 10:00-12:00                     | 2026-06-03T11:00 | OPEN
            Sa                                    | 2026-06-06T03:00 | OPEN
            Su 08:30-13:30                        | 2026-06-07T08:30 | OPEN
            Su 08:30-13:30                        | 2026-06-06T08:30 | CLOSED
            Fr-Mo 10:00-12:00                     | 2026-06-07T10:00 | OPEN
            Fr-Mo 10:00-12:00                     | 2026-06-03T10:00 | CLOSED
            10:00-18:00                           | 2026-06-07T12:00 | OPEN
            Mo-Fr 09:00-12:30,14:00-17:30; Sa 09:00-12:00 | 2026-06-02T12:30 | CLOSED
            Mo-Fr 09:00-12:30,14:00-17:30; Sa 09:00-12:00 | 2026-06-02T14:00 | OPEN
            Mo-Fr 09:00-12:30,14:00-17:30; Sa 09:00-12:00 | 2026-06-06T11:59 | OPEN
            Mo-Fr 09:00-12:30,14:00-17:30; Sa 09:00-12:00 | 2026-06-06T12:00 | CLOSED
            Mo-Su 05:00-00:00                     | 2026-06-01T23:59 | OPEN
            Mo-Su 05:00-00:00                     | 2026-06-02T00:00 | CLOSED
            Mo-Su 05:00-00:00                     | 2026-06-02T04:59 | CLOSED
            """)
    void evaluatesWeekdaysAndTimes(String tag, String parisTime, OpenStatus expected) {
        assertThat(statusOf(tag, parisTime)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' at {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Fr 22:00-02:00                        | 2026-06-05T21:59 | CLOSED
            Fr 22:00-02:00                        | 2026-06-05T22:00 | OPEN
            Fr 22:00-02:00                        | 2026-06-06T01:59 | OPEN
            Fr 22:00-02:00                        | 2026-06-06T02:00 | CLOSED
            Fr 22:00-02:00                        | 2026-06-05T01:00 | CLOSED
            Su 22:00-02:00                        | 2026-06-01T01:00 | OPEN
            Fr 22:00-02:00; Sa off                | 2026-06-06T01:00 | OPEN
            Fr 22:00-02:00; Sa off                | 2026-06-06T23:00 | CLOSED
            """)
    void spansPastMidnightBelongToTheDayTheyStart(String tag, String parisTime, OpenStatus expected) {
        assertThat(statusOf(tag, parisTime)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' at {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Mo-Fr 09:00-17:00; We off                         | 2026-06-03T10:00 | CLOSED
            Mo-Fr 09:00-17:00; We off                         | 2026-06-04T10:00 | OPEN
            Mo-Fr 09:00-17:00; We 10:00-12:00                 | 2026-06-03T09:30 | CLOSED
            Mo-Fr 09:00-17:00; We 10:00-12:00                 | 2026-06-03T11:00 | OPEN
            Mo-Fr 09:00-17:00; We closed                      | 2026-06-03T10:00 | CLOSED
            We off; Mo-Fr 09:00-17:00                         | 2026-06-03T10:00 | OPEN
            Mo-Fr 09:00-17:00, We 18:00-20:00                 | 2026-06-03T10:00 | OPEN
            Mo-Fr 09:00-17:00, We 18:00-20:00                 | 2026-06-03T19:00 | OPEN
            Mo-Fr 08:30-20:00, Tu-Su 08:00-15:00; Sa 08:00-12:00 | 2026-06-06T13:00 | CLOSED
            Mo-Fr 08:30-20:00, Tu-Su 08:00-15:00; Sa 08:00-12:00 | 2026-06-07T14:00 | OPEN
            Mo-Fr 08:30-20:00, Tu-Su 08:00-15:00; Sa 08:00-12:00 | 2026-06-02T08:15 | OPEN
            Mo-Fr 08:00-18:00, Mo 12:00-13:00 off             | 2026-06-01T12:30 | CLOSED
            Mo-Fr 08:00-18:00, Mo 12:00-13:00 off             | 2026-06-01T13:00 | OPEN
            Mo-Fr 09:00-17:00 unknown                         | 2026-06-01T10:00 | UNKNOWN
            Mo-Fr 09:00-17:00 unknown                         | 2026-06-01T18:00 | CLOSED
            24/7; Su off                                      | 2026-06-07T12:00 | CLOSED
            off                                               | 2026-06-01T12:00 | CLOSED
            """)
    void laterRulesOverrideEarlierOnesForTheirDaysAndCommaRulesAdd(String tag, String parisTime, OpenStatus expected) {
        assertThat(statusOf(tag, parisTime)).isEqualTo(expected);
    }

    /** Paris leaves CET on 2026-03-29 (02:00 becomes 03:00) and returns on 2026-10-25 (03:00 becomes 02:00). */
    @ParameterizedTest(name = "''{0}'' at {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Su 03:00-04:00 | 2026-03-29T00:59:59Z | CLOSED
            Su 03:00-04:00 | 2026-03-29T01:00:00Z | OPEN
            Su 03:00-04:00 | 2026-03-29T01:59:59Z | OPEN
            Su 03:00-04:00 | 2026-03-29T02:00:00Z | CLOSED
            Su 02:00-03:00 | 2026-10-25T00:00:00Z | OPEN
            Su 02:00-03:00 | 2026-10-25T00:59:59Z | OPEN
            Su 02:00-03:00 | 2026-10-25T01:00:00Z | OPEN
            Su 02:00-03:00 | 2026-10-25T01:59:59Z | OPEN
            Su 02:00-03:00 | 2026-10-25T02:00:00Z | CLOSED
            """)
    void readsTheWallClockOnDaylightSavingChangeDays(String tag, String instant, OpenStatus expected) {
        ZonedDateTime paris = Instant.parse(instant).atZone(PARIS);

        assertThat(OpeningHours.parse(tag).at(paris)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            24/7                                         | 2026-06-01 | 00:00–24:00
            Mo-Fr 09:00-12:30,14:00-17:30; Sa 09:00-12:00 | 2026-06-01 | 09:00–12:30, 14:00–17:30
            Mo-Fr 09:00-12:30,14:00-17:30; Sa 09:00-12:00 | 2026-06-06 | 09:00–12:00
            Mo-Fr 09:00-12:30,14:00-17:30; Sa 09:00-12:00 | 2026-06-07 | ''
            Fr 22:00-02:00                               | 2026-06-05 | 22:00–02:00
            Fr 22:00-02:00                               | 2026-06-06 | ''
            Mo-Sa 09:00-19:00; PH off                    | 2026-07-14 | ''
            Mo-Fr 14:00-18:00, Mo 09:00-12:00            | 2026-06-01 | 09:00–12:00, 14:00–18:00
            """)
    void givesTheHoursOfADay(String tag, String date, String hours) {
        assertThat(OpeningHours.parse(tag).on(LocalDate.parse(date), PublicHolidays.FRANCE).map(OpenSpan::describe))
                .contains(hours == null ? "" : hours);
    }

    @ParameterizedTest(name = "''{0}'' has no hours")
    @ValueSource(strings = {"", "Jan-Mar Mo 10:00-12:00", "Mo-Fr 10:00-12:00 unknown"})
    void hasNoHoursOfADayWhenItsTagIsNotEvaluated(String tag) {
        assertThat(OpeningHours.parse(tag).on(LocalDate.parse("2026-06-01"), PublicHolidays.FRANCE)).isEmpty();
    }

    @Test
    void refusesASpanThatDoesNotStartInTheDayOrEndsBeforeItStarts() {
        assertThatThrownBy(() -> new OpenSpan(600, 600))
                .hasMessage("an open span starts within the day and ends after it, by the next day's end, got 600 to 600");
        assertThatThrownBy(() -> new OpenSpan(1440, 1500))
                .hasMessage("an open span starts within the day and ends after it, by the next day's end, got 1440 to 1500");
    }

    /** 2026: 14 July a Tuesday, Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May, Christmas a Friday. */
    @ParameterizedTest(name = "''{0}'' at {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Mo-Sa 09:00-19:00; PH off             | 2026-07-14T10:00 | CLOSED
            Mo-Sa 09:00-19:00; PH off             | 2026-07-15T10:00 | OPEN
            Mo-Sa 09:00-19:00; PH off             | 2026-04-06T10:00 | CLOSED
            Mo-Sa 09:00-19:00; PH off             | 2026-04-07T10:00 | OPEN
            Mo-Sa 09:00-19:00; PH off             | 2026-05-14T10:00 | CLOSED
            Mo-Sa 09:00-19:00; PH off             | 2026-05-25T10:00 | CLOSED
            Mo-Sa 09:00-19:00; PH off             | 2026-12-25T10:00 | CLOSED
            PH off; Mo-Sa 09:00-19:00             | 2026-07-14T10:00 | OPEN
            Mo-Fr 09:00-17:00; PH 10:00-12:00     | 2026-07-14T11:00 | OPEN
            Mo-Fr 09:00-17:00; PH 10:00-12:00     | 2026-07-14T15:00 | CLOSED
            Mo-Fr 09:00-17:00; PH 10:00-12:00     | 2026-07-15T15:00 | OPEN
            Mo-Fr 09:00-17:00; Sa,PH 10:00-12:00  | 2026-07-14T15:00 | CLOSED
            Mo-Fr 09:00-17:00; Sa,PH 10:00-12:00  | 2026-07-14T11:00 | OPEN
            Mo-Fr 09:00-17:00; Sa,PH 10:00-12:00  | 2026-07-18T11:00 | OPEN
            Mo-Fr 09:00-17:00; Sa,PH 10:00-12:00  | 2026-07-21T15:00 | OPEN
            Mo-Fr 09:00-17:00                     | 2026-07-14T10:00 | OPEN
            Mo 22:00-02:00; PH off                | 2026-07-14T01:00 | OPEN
            Su 22:00-02:00; PH off                | 2026-04-06T01:00 | OPEN
            Mo 22:00-02:00; PH off                | 2026-04-06T23:00 | CLOSED
            24/7; PH off                          | 2026-11-11T12:00 | CLOSED
            """)
    void readsPublicHolidaysOfFrance(String tag, String parisTime, OpenStatus expected) {
        assertThat(statusOf(tag, parisTime)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2038,2038-04-25", "2285,2285-03-22"})
    void computesEasterSunday(int year, String easter) {
        assertThat(PublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "''{0}'' is unknown")
    @ValueSource(strings = {
            "SH off; Mo-Fr 09:00-17:00",
            "Mo-Fr 08:00-12:00; PH +1 day off",
            "Jan-Mar Mo 10:00-12:00",
            "Dec 25 off; 24/7",
            "week 1-10 Mo 10:00-12:00",
            "2026 Mo 10:00-12:00",
            "Mo-Fr sunrise-sunset",
            "Mo-Fr 10:00+",
            "Mo[1] 10:00-12:00",
            "Mo-Fr 10:00-16:00/01:00",
            "Mo-Fr 09:00-17:00 || \"by appointment\"",
            "\"only during concerts\"",
            "Mo 10:00-12:00 \"call first\"",
            "Mo-Fr 09:00-17:00; We 12:00-14:00 off",
            "Mo-Fr 22:00-02:00, Sa off"})
    void givesUpOnFormsItDoesNotEvaluate(String tag) {
        OpeningHours hours = OpeningHours.parse(tag);

        assertThat(hours.isKnown()).isFalse();
        assertThat(hours.at(LocalDateTime.parse("2026-06-01T11:00").atZone(PARIS))).isEqualTo(OpenStatus.UNKNOWN);
    }

    @ParameterizedTest(name = "''{0}'' is unknown")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "garbage", "Mo-Fr 25:00-26:00", "Mo-Fr 09:00-", "Mo-Xx 09:00-17:00", ";;;",
            "Mo-Fr 09:00-17:00 ;; Sa", "24/7 24/7", "\u0000", "Mo-Fr 09:00-17:00 \"unclosed", "\uD800"})
    void neverThrowsOnBlankOrInvalidTags(String tag) {
        OpeningHours hours = OpeningHours.parse(tag);

        assertThat(hours.isKnown()).isFalse();
        assertThat(hours.at(LocalDateTime.parse("2026-06-01T11:00").atZone(PARIS))).isEqualTo(OpenStatus.UNKNOWN);
    }

    @Test
    void evaluatesOrGivesUpOnEveryTagOfTheShippedParisData() throws IOException {
        List<String> tags = shippedOpeningHours();
        ZonedDateTime mondayNoon = LocalDateTime.parse("2026-06-01T12:00").atZone(PARIS);

        List<String> unknown = new ArrayList<>();
        for (String tag : tags) {
            OpeningHours hours = OpeningHours.parse(tag);
            assertThat(hours.at(mondayNoon)).isNotNull();
            if (!hours.isKnown()) {
                unknown.add(tag);
            }
        }

        assertThat(tags).hasSize(165);
        assertThat(unknown).isEmpty();
    }

    private static List<String> shippedOpeningHours() throws IOException {
        try (InputStream in = OpeningHoursTest.class.getResourceAsStream("/atm/atm_iledefrance_osm.csv")) {
            assertThat(in).isNotNull();
            List<String> tags = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (!row.get("opening_hours").isBlank()) {
                    tags.add(row.get("opening_hours"));
                }
            }
            return tags;
        }
    }
}
