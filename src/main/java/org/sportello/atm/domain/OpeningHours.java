package org.sportello.atm.domain;

import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.TokenMgrError;
import ch.poole.openinghoursparser.WeekDayRange;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sportello.atm.OpenSpan;
import org.sportello.atm.OpenStatus;

/**
 * OSM {@code opening_hours} reduced to a weekly schedule and the same week's days when they are public
 * holidays: the weekday and time forms ATMs and branches use ({@code 24/7}, {@code Mo-Fr
 * 09:00-12:30,14:00-17:30; Sa 09:00-12:00}, spans past midnight, {@code off}, {@code PH off},
 * {@code Mo-Fr,PH 10:00-12:00}), parsed by ch.poole's OpeningHoursParser and evaluated here. A tag
 * using anything else (months, dates, weeks, years, school holidays, a holiday with an offset, the n-th weekday of a month,
 * sunrise and sunset, open ends, repeating times, comments, {@code ||} fallbacks, an {@code off} limited
 * to some hours of a {@code ;} rule or a whole-day {@code off} after a {@code ,}) is UNKNOWN at every
 * instant: evaluating it in part could answer wrongly.
 *
 * <p>As the OSM spec says, a {@code ;} rule replaces what earlier rules said about its days, and a
 * {@code ,} rule adds to it. A span past midnight ({@code Fr 22:00-02:00}) belongs to the day it
 * starts on, so a later rule for Saturday does not cut Friday night short. On a public holiday a
 * rule applies if its weekdays include the day or it names {@code PH}: "Mo-Sa 09:00-19:00; PH off" is
 * closed on a holiday Monday, "PH off; Mo-Sa 09:00-19:00" open.
 */
public final class OpeningHours {

    private static final int DAY_MINUTES = 24 * 60;
    private static final OpeningHours UNKNOWN = new OpeningHours(Optional.empty());

    /** A stretch of one day's schedule, in minutes from that day's midnight; the end may pass into the next day. */
    private record Span(int startMinute, int endMinute, OpenStatus status) {
        boolean contains(int minute) {
            return startMinute <= minute && minute < endMinute;
        }
    }

    /** Each weekday's spans on an ordinary day and on a public holiday. */
    private record Week(Map<DayOfWeek, List<Span>> ordinary, Map<DayOfWeek, List<Span>> holiday) {

        List<Span> of(LocalDate date, PublicHolidays holidays) {
            return (holidays.isHoliday(date) ? holiday : ordinary).get(date.getDayOfWeek());
        }
    }

    /** Empty when the tag is not evaluated: UNKNOWN everywhere. */
    private final Optional<Week> week;

    private OpeningHours(Optional<Week> week) {
        this.week = week;
    }

    /** Never throws on data: a blank, invalid or unsupported tag gives hours that are UNKNOWN at every instant. */
    public static OpeningHours parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return UNKNOWN;
        }
        try {
            List<Rule> rules = new OpeningHoursParser(new StringReader(tag)).rules(false);
            return new OpeningHours(schedule(rules));
        } catch (OpeningHoursParseException | TokenMgrError e) {
            // Invalid syntax is common in OSM data and is the mapper's to fix, not an error of ours.
            return UNKNOWN;
        }
    }

    /**
     * When the place opens on {@code date} (in its own zone), as the customer reads a door sign: the
     * spans that start that day, in order, with a span past midnight ending the next morning; empty
     * when the place is closed all day, and {@code Optional.empty()} when the hours are not known. A
     * place open the whole day has one span, 00:00 to 24:00.
     */
    public Optional<List<OpenSpan>> on(LocalDate date, PublicHolidays holidays) {
        if (week.isEmpty()) {
            return Optional.empty();
        }
        List<OpenSpan> open = new ArrayList<>();
        for (Span span : week.get().of(date, holidays)) {
            if (span.status() == OpenStatus.UNKNOWN) {
                return Optional.empty();
            }
            if (span.status() == OpenStatus.OPEN) {
                open.add(new OpenSpan(span.startMinute(), span.endMinute()));
            }
        }
        open.sort(Comparator.comparingInt(OpenSpan::startMinute));
        return Optional.of(List.copyOf(open));
    }

    /** True when the tag was evaluated, so that {@link #at} answers OPEN or CLOSED. */
    public boolean isKnown() {
        return week.isPresent();
    }

    /**
     * The status at the local date and time of {@code when}: pass it in the place's own time zone
     * (the caller's clock instant, {@code atZone(zone)}), so that a DST change moves the wall clock
     * the way the place's door sign does. Seconds are ignored: open until 17:30 means open at 17:29:59.
     */
    public OpenStatus at(ZonedDateTime when) {
        return at(when, PublicHolidays.FRANCE);
    }

    /** As {@link #at(ZonedDateTime)}, with the public holidays ({@code PH}) of the place's country. */
    public OpenStatus at(ZonedDateTime when, PublicHolidays holidays) {
        if (week.isEmpty()) {
            return OpenStatus.UNKNOWN;
        }
        int minute = when.getHour() * 60 + when.getMinute();
        LocalDate today = when.toLocalDate();
        OpenStatus status = OpenStatus.CLOSED;
        // Yesterday's spans past midnight first, so today's own rules have the last word.
        for (Span span : week.get().of(today.minusDays(1), holidays)) {
            if (span.contains(minute + DAY_MINUTES)) {
                status = span.status();
            }
        }
        for (Span span : week.get().of(today, holidays)) {
            if (span.contains(minute)) {
                status = span.status();
            }
        }
        return status;
    }

    private static Optional<Week> schedule(List<Rule> rules) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        Map<DayOfWeek, List<Span>> ordinary = emptyWeek();
        Map<DayOfWeek, List<Span>> holiday = emptyWeek();
        for (Rule rule : rules) {
            if (!isSupported(rule)) {
                return Optional.empty();
            }
            Optional<List<DayOfWeek>> days = days(rule);
            Optional<List<Span>> spans = spans(rule);
            if (days.isEmpty() || spans.isEmpty()) {
                return Optional.empty();
            }
            apply(rule, days.get(), spans.get(), ordinary);
            apply(rule, isEmpty(rule.getHolidays()) ? days.get() : List.of(DayOfWeek.values()), spans.get(), holiday);
        }
        return Optional.of(new Week(ordinary, holiday));
    }

    private static Map<DayOfWeek, List<Span>> emptyWeek() {
        Map<DayOfWeek, List<Span>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, new ArrayList<>());
        }
        return week;
    }

    private static void apply(Rule rule, List<DayOfWeek> days, List<Span> spans, Map<DayOfWeek, List<Span>> week) {
        for (DayOfWeek day : days) {
            if (!rule.isAdditive()) {
                week.get(day).clear();
            }
            week.get(day).addAll(spans);
        }
    }

    /** Selectors this evaluator ignores would change the answer on some dates, so their presence makes it give up. */
    private static boolean isSupported(Rule rule) {
        // The lenient parser reads ";;" as an empty rule, which would otherwise mean "open every day".
        return !rule.isEmpty() && !rule.isFallBack() && rule.getComment() == null && isEmpty(rule.getYears()) && isEmpty(rule.getWeeks())
                && isEmpty(rule.getDates()) && (isEmpty(rule.getHolidays()) || rule.getHolidays().stream().allMatch(OpeningHours::isPlainPublicHoliday))
                && (rule.getModifier() == null || rule.getModifier().getModifier() != null);
    }

    /** {@code PH} as a day of its own, as in {@code PH off} or {@code Mo-Fr,PH}: not school holidays, not "the day after". */
    private static boolean isPlainPublicHoliday(Holiday holiday) {
        return holiday.getType() == Holiday.Type.PH && holiday.getOffset() == 0 && holiday.getUseAsWeekDay();
    }

    /**
     * The weekdays a rule names; all seven when it names neither days nor holidays ({@code 24/7},
     * {@code 10:00-18:00}), none when it names only holidays ({@code PH off}); empty when a range is not plain.
     */
    private static Optional<List<DayOfWeek>> days(Rule rule) {
        if (isEmpty(rule.getDays())) {
            return Optional.of(isEmpty(rule.getHolidays()) ? List.of(DayOfWeek.values()) : List.of());
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (WeekDayRange range : rule.getDays()) {
            if (!isEmpty(range.getNths()) || range.getOffset() != 0) {
                return Optional.empty();
            }
            DayOfWeek start = DayOfWeek.of(range.getStartDay().ordinal() + 1);
            DayOfWeek end = range.getEndDay() == null ? start : DayOfWeek.of(range.getEndDay().ordinal() + 1);
            // Fr-Mo wraps over the weekend: walk forward from the start until the end.
            for (DayOfWeek day = start; ; day = day.plus(1)) {
                days.add(day);
                if (day == end) {
                    break;
                }
            }
        }
        return Optional.of(days);
    }

    /** The rule's spans with its status; a rule without times covers the whole day. Empty when a time is not plain. */
    private static Optional<List<Span>> spans(Rule rule) {
        OpenStatus status = status(rule.getModifier());
        boolean wholeDay = rule.isTwentyfourseven() || isEmpty(rule.getTimes());
        if (status == OpenStatus.CLOSED && wholeDay == rule.isAdditive()) {
            // "Mo-Fr 09:00-18:00; We 12:00-14:00 off" and "Mo-Fr 22:00-02:00, Sa off": implementations differ on
            // what else they close (the rest of Wednesday, Friday night), so rather than pick one, say nothing.
            return Optional.empty();
        }
        if (wholeDay) {
            // A closed day is one without spans: the ";" rule has already cleared what earlier rules said.
            return Optional.of(status == OpenStatus.CLOSED ? List.of() : List.of(new Span(0, DAY_MINUTES, status)));
        }
        List<Span> spans = new ArrayList<>();
        for (TimeSpan time : rule.getTimes()) {
            Optional<Span> span = span(time, status);
            if (span.isEmpty()) {
                return Optional.empty();
            }
            spans.add(span.get());
        }
        return Optional.of(spans);
    }

    private static Optional<Span> span(TimeSpan time, OpenStatus status) {
        int start = time.getStart();
        int end = time.getEnd();
        if (time.getStartEvent() != null || time.getEndEvent() != null || time.isOpenEnded() || time.getInterval() != 0
                || start == TimeSpan.UNDEFINED_TIME || end == TimeSpan.UNDEFINED_TIME || start < 0 || start >= DAY_MINUTES) {
            return Optional.empty();
        }
        // The parser already writes 22:00-02:00 as 22:00-26:00; this covers any end it left before the start.
        int endMinute = end <= start ? end + DAY_MINUTES : end;
        if (endMinute > 2 * DAY_MINUTES) {
            return Optional.empty();
        }
        return Optional.of(new Span(start, endMinute, status));
    }

    private static OpenStatus status(RuleModifier modifier) {
        if (modifier == null) {
            return OpenStatus.OPEN;
        }
        switch (modifier.getModifier()) {
            case OPEN:
                return OpenStatus.OPEN;
            case CLOSED:
            case OFF:
                return OpenStatus.CLOSED;
            default:
                return OpenStatus.UNKNOWN;
        }
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
