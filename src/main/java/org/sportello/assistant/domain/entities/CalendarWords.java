package org.sportello.assistant.domain.entities;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The words of the calendar in Italian and English, folded (no accents): months, weekdays, units, quarters. */
final class CalendarWords {

    static final Map<String, Integer> ENGLISH_MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Map<String, Integer> ITALIAN_MONTHS = Map.ofEntries(
            Map.entry("gennaio", 1), Map.entry("febbraio", 2), Map.entry("marzo", 3), Map.entry("aprile", 4),
            Map.entry("maggio", 5), Map.entry("giugno", 6), Map.entry("luglio", 7), Map.entry("agosto", 8),
            Map.entry("settembre", 9), Map.entry("ottobre", 10), Map.entry("novembre", 11), Map.entry("dicembre", 12),
            Map.entry("gen", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("mag", 5),
            Map.entry("giu", 6), Map.entry("lug", 7), Map.entry("ago", 8), Map.entry("set", 9), Map.entry("sett", 9),
            Map.entry("ott", 10), Map.entry("nov", 11), Map.entry("dic", 12));

    static final Map<String, Integer> MONTHS = union(ITALIAN_MONTHS, ENGLISH_MONTHS);

    /**
     * Month words that are also everyday words ("may I", "two weeks ago", "un set", "il mar"): a month
     * only with a day, a year or a preposition before them ("in may", "3 ago", "mar 2025").
     */
    static final Set<String> MONTHS_NEEDING_CONTEXT = Set.of("may", "mar", "set", "ago");

    static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("lunedi", DayOfWeek.MONDAY), Map.entry("martedi", DayOfWeek.TUESDAY),
            Map.entry("mercoledi", DayOfWeek.WEDNESDAY), Map.entry("giovedi", DayOfWeek.THURSDAY),
            Map.entry("venerdi", DayOfWeek.FRIDAY), Map.entry("sabato", DayOfWeek.SATURDAY),
            Map.entry("domenica", DayOfWeek.SUNDAY),
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));

    /** Units a calendar phrase names: "questa settimana", "last month", "lo scorso weekend". */
    static final Map<String, RelativeCalendar.Unit> CALENDAR_UNITS = Map.ofEntries(
            Map.entry("settimana", RelativeCalendar.Unit.WEEK), Map.entry("week", RelativeCalendar.Unit.WEEK),
            Map.entry("mese", RelativeCalendar.Unit.MONTH), Map.entry("month", RelativeCalendar.Unit.MONTH),
            Map.entry("trimestre", RelativeCalendar.Unit.QUARTER), Map.entry("quarter", RelativeCalendar.Unit.QUARTER),
            Map.entry("anno", RelativeCalendar.Unit.YEAR), Map.entry("year", RelativeCalendar.Unit.YEAR),
            Map.entry("weekend", RelativeCalendar.Unit.WEEKEND), Map.entry("week-end", RelativeCalendar.Unit.WEEKEND),
            Map.entry("week end", RelativeCalendar.Unit.WEEKEND), Map.entry("fine settimana", RelativeCalendar.Unit.WEEKEND));

    /** Units counted back from today: "ultimi 30 giorni", "past 3 months". */
    static final Map<String, RelativeCalendar.Unit> COUNTED_UNITS = Map.ofEntries(
            Map.entry("giorno", RelativeCalendar.Unit.DAY), Map.entry("giorni", RelativeCalendar.Unit.DAY),
            Map.entry("day", RelativeCalendar.Unit.DAY), Map.entry("days", RelativeCalendar.Unit.DAY),
            Map.entry("settimana", RelativeCalendar.Unit.WEEK), Map.entry("settimane", RelativeCalendar.Unit.WEEK),
            Map.entry("week", RelativeCalendar.Unit.WEEK), Map.entry("weeks", RelativeCalendar.Unit.WEEK),
            Map.entry("mese", RelativeCalendar.Unit.MONTH), Map.entry("mesi", RelativeCalendar.Unit.MONTH),
            Map.entry("month", RelativeCalendar.Unit.MONTH), Map.entry("months", RelativeCalendar.Unit.MONTH),
            Map.entry("trimestre", RelativeCalendar.Unit.QUARTER), Map.entry("trimestri", RelativeCalendar.Unit.QUARTER),
            Map.entry("quarter", RelativeCalendar.Unit.QUARTER), Map.entry("quarters", RelativeCalendar.Unit.QUARTER),
            Map.entry("anno", RelativeCalendar.Unit.YEAR), Map.entry("anni", RelativeCalendar.Unit.YEAR),
            Map.entry("year", RelativeCalendar.Unit.YEAR), Map.entry("years", RelativeCalendar.Unit.YEAR));

    static final Map<String, Integer> QUARTER_ORDINALS = Map.ofEntries(
            Map.entry("primo", 1), Map.entry("secondo", 2), Map.entry("terzo", 3), Map.entry("quarto", 4),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4),
            Map.entry("1°", 1), Map.entry("2°", 2), Map.entry("3°", 3), Map.entry("4°", 4),
            Map.entry("1º", 1), Map.entry("2º", 2), Map.entry("3º", 3), Map.entry("4º", 4));

    static final String MONTH = Patterns.anyOf(MONTHS.keySet());
    static final String ENGLISH_MONTH = Patterns.anyOf(ENGLISH_MONTHS.keySet());
    static final String WEEKDAY = Patterns.anyOf(WEEKDAYS.keySet());
    static final String CALENDAR_UNIT = Patterns.anyOf(CALENDAR_UNITS.keySet());
    static final String COUNTED_UNIT = Patterns.anyOf(COUNTED_UNITS.keySet());
    static final String QUARTER_ORDINAL = Patterns.anyOf(QUARTER_ORDINALS.keySet());

    private CalendarWords() {
    }

    /** The unit a phrase names, its inner spaces being any white space: "fine  settimana" → WEEKEND. */
    static RelativeCalendar.Unit unit(Map<String, RelativeCalendar.Unit> units, String phrase) {
        RelativeCalendar.Unit unit = units.get(phrase.replaceAll("\\s+", " "));
        if (unit == null) {
            throw new IllegalStateException("no unit called '" + phrase + "': the pattern and the words disagree");
        }
        return unit;
    }

    private static Map<String, Integer> union(Map<String, Integer> first, Map<String, Integer> second) {
        Map<String, Integer> union = new HashMap<>(first);
        second.forEach((word, month) -> {
            Integer earlier = union.putIfAbsent(word, month);
            if (earlier != null && !earlier.equals(month)) {
                throw new IllegalStateException("'" + word + "' names months " + earlier + " and " + month);
            }
        });
        return Map.copyOf(union);
    }
}
