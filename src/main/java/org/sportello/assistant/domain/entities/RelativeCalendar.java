package org.sportello.assistant.domain.entities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * The calendar as a customer sees it from today, in their time zone, and how they write dates.
 * Weeks start on Monday. Every period is half-open [from, to), and a phrase that would not make a
 * {@link DatePeriod} (empty, reversed or longer than {@link DatePeriod#DAYS_MAX}) resolves to nothing.
 */
final class RelativeCalendar {

    /** What a calendar phrase counts in; a weekend is the Saturday and Sunday of a week. */
    enum Unit { DAY, WEEK, WEEKEND, MONTH, QUARTER, YEAR }

    private static final int MONTHS_PER_QUARTER = 3;
    private static final int SATURDAY_OFFSET_DAYS = 5;
    private static final int WEEKEND_DAYS = 2;

    private final LocalDate today;
    private final boolean monthFirstAllowed;

    /**
     * @param monthFirstAllowed whether "10/25/2025" may be read month first when it cannot be read day
     *                          first: yes for English, never for Italian
     */
    RelativeCalendar(LocalDate today, boolean monthFirstAllowed) {
        this.today = Objects.requireNonNull(today, "today == null");
        this.monthFirstAllowed = monthFirstAllowed;
    }

    /** Today is the date of {@code now} in {@code now}'s own zone: pass the customer's. */
    static RelativeCalendar at(ZonedDateTime now, boolean monthFirstAllowed) {
        return new RelativeCalendar(now.toLocalDate(), monthFirstAllowed);
    }

    LocalDate today() {
        return today;
    }

    boolean monthFirstAllowed() {
        return monthFirstAllowed;
    }

    Optional<DatePeriod> period(LocalDate from, LocalDate to) {
        return DatePeriod.fits(from, to) ? Optional.of(new DatePeriod(from, to)) : Optional.empty();
    }

    Optional<DatePeriod> day(LocalDate date) {
        return period(date, date.plusDays(1));
    }

    Optional<DatePeriod> month(YearMonth month) {
        return period(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    Optional<DatePeriod> quarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, (quarter - 1) * MONTHS_PER_QUARTER + 1, 1);
        return period(first, first.plusMonths(MONTHS_PER_QUARTER));
    }

    /** The whole week, month, quarter, year or weekend today is in: "this month" on 29 November is all of November. */
    Optional<DatePeriod> current(Unit unit) {
        if (unit == Unit.WEEKEND) {
            LocalDate saturday = startOf(Unit.WEEK).plusDays(SATURDAY_OFFSET_DAYS);
            return period(saturday, saturday.plusDays(WEEKEND_DAYS));
        }
        LocalDate start = startOf(unit);
        return period(start, plus(start, 1, unit));
    }

    /** The one before the current: "last week" is Monday to Sunday of the week before this one. */
    Optional<DatePeriod> previous(Unit unit) {
        if (unit == Unit.WEEKEND) {
            LocalDate monday = startOf(Unit.WEEK);
            return period(monday.minusDays(WEEKEND_DAYS), monday);
        }
        LocalDate start = startOf(unit);
        return period(plus(start, -1, unit), start);
    }

    /**
     * The last {@code count} units up to today included: [tomorrow − count units, tomorrow). "The last
     * 30 days" on 29 November are 31 October to 29 November, 30 days with today; "the last 3 months"
     * are 30 August to 29 November.
     */
    Optional<DatePeriod> last(int count, Unit unit) {
        if (count < 1 || unit == Unit.WEEKEND) {
            return Optional.empty();
        }
        LocalDate tomorrow = today.plusDays(1);
        return period(plus(tomorrow, -count, unit), tomorrow);
    }

    /** From a day up to today included; nothing when the day is still to come. */
    Optional<DatePeriod> since(LocalDate first) {
        return first.isAfter(today) ? Optional.empty() : period(first, today.plusDays(1));
    }

    /** The latest such weekday up to today ("lunedì"), or before today ("lunedì scorso"). */
    LocalDate mostRecent(DayOfWeek day, boolean todayCounts) {
        LocalDate from = todayCounts ? today : today.minusDays(1);
        return from.with(TemporalAdjusters.previousOrSame(day));
    }

    /** The latest such month not in the future: in November "ottobre" is this year's, in February last year's. */
    YearMonth mostRecentMonth(int month) {
        int year = month <= today.getMonthValue() ? today.getYear() : today.getYear() - 1;
        return YearMonth.of(year, month);
    }

    /** The latest such quarter that has begun: in February "Q3" is last year's. */
    int mostRecentQuarterYear(int quarter) {
        int firstMonth = (quarter - 1) * MONTHS_PER_QUARTER + 1;
        return firstMonth <= today.getMonthValue() ? today.getYear() : today.getYear() - 1;
    }

    /** The latest such date not in the future ("il 3 dicembre" in November is last December's); 29 February only in leap years. */
    Optional<LocalDate> mostRecentDate(int month, int day) {
        Optional<LocalDate> thisYear = date(today.getYear(), month, day);
        if (thisYear.isPresent() && !thisYear.get().isAfter(today)) {
            return thisYear;
        }
        return date(today.getYear() - 1, month, day);
    }

    static Optional<LocalDate> date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private LocalDate startOf(Unit unit) {
        return switch (unit) {
            case DAY -> today;
            case WEEK, WEEKEND -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> today.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / MONTHS_PER_QUARTER * MONTHS_PER_QUARTER + 1, 1);
            case YEAR -> today.withDayOfYear(1);
        };
    }

    private static LocalDate plus(LocalDate date, long count, Unit unit) {
        return switch (unit) {
            case DAY -> date.plusDays(count);
            case WEEK, WEEKEND -> date.plusWeeks(count);
            case MONTH -> date.plusMonths(count);
            case QUARTER -> date.plusMonths(count * MONTHS_PER_QUARTER);
            case YEAR -> date.plusYears(count);
        };
    }
}
