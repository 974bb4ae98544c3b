package org.sportello.assistant.domain.entities;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A date as a customer writes it, with what they left out left out: "3 marzo" has no year, "ottobre
 * 2025" no day, "3" (in "dal 3 al 10 marzo") neither month nor year. {@link #UNKNOWN} marks a part
 * left out. Numbers are day first ("3/10/2025" is 3 October), as in Italy and in European English; a
 * two-digit year is in this century.
 */
record PartialDate(int day, int month, int year) {

    static final int UNKNOWN = 0;
    private static final int CENTURY = 2_000;
    private static final int TWO_DIGIT_YEAR_CHARS = 2;

    private static final String DAY = "([12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th|°|º)?" + Patterns.WORD_END;
    private static final String YEAR = "((?:19|20)[0-9]{2})" + Patterns.WORD_END;
    private static final String NUMERIC_YEAR = "((?:19|20)[0-9]{2}|[0-9]{2})(?![0-9])";
    private static final String YEAR_AFTER_MONTH = "(?:\\.?,?\\s+(?:del\\s+|of\\s+)?" + YEAR + ")?";

    /** The ways of writing a date, most specific first. */
    private enum Shape {
        ISO("((?:19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])", (match, calendar) ->
                date(number(match, 3), number(match, 2), year(match, 1))),
        SLASHED("([0-9]{1,2})/([0-9]{1,2})(?:/" + NUMERIC_YEAR + ")?(?![0-9/])", PartialDate::dayAndMonthNumbers),
        DOTTED("([0-9]{1,2})[.-]([0-9]{1,2})[.-]" + NUMERIC_YEAR, PartialDate::dayAndMonthNumbers),
        DAY_MONTH(DAY + "(?:\\s+(?:di|of))?\\s+(" + CalendarWords.MONTH + ")" + Patterns.WORD_END + YEAR_AFTER_MONTH,
                (match, calendar) -> date(number(match, 1), month(match, 2), year(match, 3))),
        MONTH_DAY("(" + CalendarWords.ENGLISH_MONTH + ")\\.?\\s+(?:the\\s+)?" + DAY + "(?:,?\\s+" + YEAR + ")?",
                (match, calendar) -> date(number(match, 2), month(match, 1), year(match, 3))),
        MONTH_YEAR("(" + CalendarWords.MONTH + ")" + Patterns.WORD_END + YEAR_AFTER_MONTH,
                (match, calendar) -> date(UNKNOWN, month(match, 1), year(match, 2))),
        DAY_ONLY(DAY, (match, calendar) -> date(number(match, 1), UNKNOWN, UNKNOWN));

        private final String regex;
        private final Pattern whole;
        private final BiFunction<MatchResult, RelativeCalendar, Optional<PartialDate>> read;

        Shape(String regex, BiFunction<MatchResult, RelativeCalendar, Optional<PartialDate>> read) {
            this.regex = regex;
            this.whole = Pattern.compile(regex);
            this.read = read;
        }
    }

    /** A date with at least a month: what "il 3 marzo", "ottobre 2025" or "3/10" say on their own. */
    static final String DATE = shapes(Shape.ISO, Shape.SLASHED, Shape.DOTTED, Shape.DAY_MONTH, Shape.MONTH_DAY, Shape.MONTH_YEAR);

    /** What may open a range: a date, or a day whose month comes at the end ("dal 3 al 10 marzo"). */
    static final String RANGE_START = shapes(Shape.values());

    /** Reads text that {@link #DATE} or {@link #RANGE_START} matched. */
    static Optional<PartialDate> parse(String folded, RelativeCalendar calendar) {
        String text = folded.strip();
        for (Shape shape : Shape.values()) {
            Matcher match = shape.whole.matcher(text);
            if (match.matches()) {
                return shape.read.apply(match, calendar);
            }
        }
        return Optional.empty();
    }

    boolean hasDay() {
        return day != UNKNOWN;
    }

    boolean hasYear() {
        return year != UNKNOWN;
    }

    /** The day, or the whole month when no day is given; a missing year is the most recent one not in the future. */
    Optional<DatePeriod> alone(RelativeCalendar calendar) {
        if (month == UNKNOWN) {
            return Optional.empty();
        }
        if (!hasDay()) {
            return calendar.month(hasYear() ? YearMonth.of(year, month) : calendar.mostRecentMonth(month));
        }
        Optional<LocalDate> date = hasYear() ? RelativeCalendar.date(year, month, day) : calendar.mostRecentDate(month, day);
        return date.flatMap(calendar::day);
    }

    /**
     * From this date to {@code last} included: "dal 3 al 10 marzo" is [3 March, 11 March). What this
     * date leaves out comes from the last one; a start that would fall after the end is last year's
     * ("dal 20 dicembre al 6 gennaio").
     */
    Optional<DatePeriod> until(PartialDate last, RelativeCalendar calendar) {
        Optional<DatePeriod> end = last.alone(calendar);
        if (end.isEmpty()) {
            return Optional.empty();
        }
        LocalDate lastDay = end.get().to().minusDays(1);
        int startMonth = month != UNKNOWN ? month : lastDay.getMonthValue();
        int startYear = hasYear() ? year : lastDay.getYear();
        int startDay = hasDay() ? day : 1;
        Optional<LocalDate> from = RelativeCalendar.date(startYear, startMonth, startDay);
        if (!hasYear() && from.isPresent() && from.get().isAfter(lastDay)) {
            from = RelativeCalendar.date(startYear - 1, startMonth, startDay);
        }
        return from.flatMap(first -> calendar.period(first, end.get().to()));
    }

    /** "3/10" is 3 October; in English "10/25" is 25 October, since no month is 25. */
    private static Optional<PartialDate> dayAndMonthNumbers(MatchResult match, RelativeCalendar calendar) {
        int first = number(match, 1);
        int second = number(match, 2);
        boolean monthFirst = calendar.monthFirstAllowed() && second > 12 && first <= 12;
        return monthFirst ? date(second, first, year(match, 3)) : date(first, second, year(match, 3));
    }

    private static Optional<PartialDate> date(int day, int month, int year) {
        if (month != UNKNOWN && (month < 1 || month > 12) || day != UNKNOWN && (day < 1 || day > 31)) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(day, month, year));
    }

    private static int number(MatchResult match, int group) {
        String digits = match.group(group);
        return digits == null ? UNKNOWN : Integer.parseInt(digits);
    }

    private static int year(MatchResult match, int group) {
        String digits = match.group(group);
        if (digits == null) {
            return UNKNOWN;
        }
        return Integer.parseInt(digits) + (digits.length() == TWO_DIGIT_YEAR_CHARS ? CENTURY : 0);
    }

    private static int month(MatchResult match, int group) {
        return CalendarWords.MONTHS.get(match.group(group));
    }

    private static String shapes(Shape... shapes) {
        return Arrays.stream(shapes).map(shape -> shape.regex).collect(Collectors.joining("|", "(?:", ")"));
    }
}
