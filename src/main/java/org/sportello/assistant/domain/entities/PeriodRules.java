package org.sportello.assistant.domain.entities;

import static org.sportello.assistant.domain.entities.Patterns.anyOf;
import static org.sportello.assistant.domain.entities.Patterns.lead;
import static org.sportello.assistant.domain.entities.Patterns.optional;
import static org.sportello.assistant.domain.entities.Patterns.wholeWords;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways Italian and English customers name a period, each a pattern over folded text and how a
 * match resolves against their calendar. A phrase keeps its article and preposition ("negli ultimi 30
 * giorni", "la settimana scorsa", "a ottobre"): they are part of how the period is said.
 */
final class PeriodRules {

    /** How a match becomes a period; empty when the words match but say no period ("may I", "31/02"). */
    interface Resolver {
        Optional<DatePeriod> resolve(Matcher match, RelativeCalendar calendar);
    }

    record Rule(Pattern pattern, Resolver resolver) {
    }

    private static final Map<String, Integer> DAYS_AGO = Map.of("oggi", 0, "today", 0, "ieri", 1, "yesterday", 1,
            "laltroieri", 2, "altroieri", 2, "avantieri", 2, "ierilaltro", 2, "daybeforeyesterday", 2,
            "thedaybeforeyesterday", 2);
    private static final String NAMED_DAY = "oggi|today|ieri|yesterday|(?:l'\\s*|l\\s+)?altro\\s*ieri|avantieri"
            + "|ieri\\s+l'\\s*altro|(?:the\\s+)?day\\s+before\\s+yesterday";

    private static final List<String> THIS_BEFORE = List.of("questa", "questo", "quest'", "this", "current");
    private static final List<String> THIS_AFTER = List.of("corrente", "in corso");
    private static final List<String> PREVIOUS_BEFORE = List.of("scorsa", "scorso", "passata", "passato", "last", "previous");
    private static final List<String> PREVIOUS_AFTER = List.of("scorsa", "scorso", "passata", "passato");
    private static final Set<String> THIS = Set.of("questa", "questo", "quest'", "this", "current", "corrente", "in corso");
    private static final List<String> ROLLING = List.of("ultimi", "ultime", "ultimo", "ultima", "last", "past", "previous");
    /** Without a count these still mean one unit back from today: "l'ultimo mese", "the past week". */
    private static final Set<String> ROLLING_ONE = Set.of("ultimo", "ultima", "past");

    private static final List<String> ARTICLES = List.of("il", "lo", "la", "l'", "the");
    private static final List<String> UNIT_LEADS = List.of("in", "nella", "nello", "nel", "nell'", "durante", "during",
            "di", "del", "della", "dello", "dell'", "over", "for", "per");
    private static final List<String> ROLLING_LEADS = List.of("negli", "nelle", "nei", "nell'", "nello", "nel", "in",
            "durante", "during", "over", "for", "per", "within", "entro");
    private static final List<String> ROLLING_ARTICLES = List.of("gli", "le", "i", "l'", "the");
    private static final List<String> DATE_LEADS = List.of("a", "ad", "in", "di", "del", "dell'", "nel", "nell'",
            "nel mese di", "del mese di", "il mese di", "in the month of", "il", "l'", "on", "on the", "the", "of",
            "during", "durante", "for", "per", "nel corso del");
    /** Prepositions that make a month of "may", "mar", "set", "ago": "in may", "a set", "di ago"; no article does. */
    private static final Set<String> MONTH_PREPOSITIONS = Set.of("a", "ad", "in", "di", "del", "dell'", "nel", "nell'",
            "nel mese di", "del mese di", "il mese di", "in the month of", "of", "during", "durante", "for", "per",
            "nel corso del");
    private static final List<String> SINCE = List.of("since", "from", "starting", "starting from", "da", "dal", "dall'",
            "dalla", "a partire da", "a partire dal", "a partire dall'");
    private static final List<String> RANGE_OPENS = List.of("dal", "da", "dall'", "from", "between", "tra", "fra");
    private static final List<String> RANGE_CLOSES = List.of("al", "all'", "a", "ad", "to", "until", "till", "through",
            "and", "e", "fino al", "fino a", "fino all'");
    private static final List<String> YEAR_LEADS = List.of("nel", "nell'anno", "in", "durante", "during", "del", "for",
            "of", "l'anno", "anno", "year", "the year", "nel corso del");
    private static final String YEAR = "(?<year>(?:19|20)[0-9]{2})";

    private PeriodRules() {
    }

    static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(wholeWords("(?<day>" + NAMED_DAY + ")"), PeriodRules::namedDay));
        rules.add(new Rule(wholeWords(optional(lead(UNIT_LEADS)) + "(?<article>" + lead(ARTICLES) + ")?(?<rel>"
                + lead(concat(THIS_BEFORE, PREVIOUS_BEFORE)) + ")(?<unit>" + CalendarWords.CALENDAR_UNIT + ")"),
                PeriodRules::calendarUnit));
        rules.add(new Rule(wholeWords(optional(lead(UNIT_LEADS)) + "(?<article>" + lead(ARTICLES) + ")?(?<unit>"
                + CalendarWords.CALENDAR_UNIT + ")\\s+(?<rel>" + anyOf(concat(THIS_AFTER, PREVIOUS_AFTER)) + ")"),
                PeriodRules::calendarUnit));
        rules.add(new Rule(wholeWords(optional(lead(ROLLING_LEADS)) + "(?<article>" + lead(ROLLING_ARTICLES) + ")?(?<rel>"
                + anyOf(ROLLING) + ")\\s+(?:(?<count>[0-9]{1,4}|" + NumberWords.ANY + ")\\s+)?(?<unit>"
                + CalendarWords.COUNTED_UNIT + ")"), PeriodRules::rolling));
        rules.add(new Rule(wholeWords(optional(lead(List.of("on"))) + optional(lead(List.of("il", "lo", "la", "the")))
                + "(?:(?<before>" + anyOf(PREVIOUS_BEFORE) + ")\\s+)?(?<weekday>" + CalendarWords.WEEKDAY + ")"
                + "(?:\\s+(?<after>" + anyOf(PREVIOUS_AFTER) + "))?"), PeriodRules::weekday));
        rules.add(new Rule(wholeWords(lead(SINCE) + optional(lead(List.of("il", "lo", "the"))) + "(?:(?:(?<before>last|scorso)\\s+)?"
                + "(?<weekday>" + CalendarWords.WEEKDAY + ")(?:\\s+(?<after>scorso|scorsa))?|(?<date>" + PartialDate.DATE + "))"),
                PeriodRules::since));
        rules.add(new Rule(wholeWords(lead(RANGE_OPENS) + optional(lead(List.of("il", "the"))) + "(?<first>"
                + PartialDate.RANGE_START + ")(?:\\s+" + lead(RANGE_CLOSES) + "|\\s*-\\s*)" + optional(lead(List.of("il", "the")))
                + "(?<last>" + PartialDate.DATE + ")"), PeriodRules::range));
        rules.add(new Rule(wholeWords(lead(YEAR_LEADS) + YEAR), PeriodRules::year));
        rules.add(new Rule(wholeWords(optional(lead(DATE_LEADS)) + optional(lead(List.of("il", "the")))
                + "(?:q(?<quarter>[1-4])|(?<ordinal>" + CalendarWords.QUARTER_ORDINAL + ")\\s+(?:trimestre|quarter))"
                + "(?:\\s*[-/]?\\s*(?:del\\s+|of\\s+)?" + YEAR + ")?"), PeriodRules::quarter));
        rules.add(new Rule(wholeWords("(?<lead>" + lead(DATE_LEADS) + ")?(?<date>" + PartialDate.DATE + ")(?![/.\\-][0-9])"),
                PeriodRules::date));
        return List.copyOf(rules);
    }

    private static Optional<DatePeriod> namedDay(Matcher match, RelativeCalendar calendar) {
        int daysAgo = DAYS_AGO.get(match.group("day").replaceAll("[^a-z]", ""));
        return calendar.day(calendar.today().minusDays(daysAgo));
    }

    /** "questo mese", "la settimana scorsa", "last year"; but "the last week" counts back from today (see rolling). */
    private static Optional<DatePeriod> calendarUnit(Matcher match, RelativeCalendar calendar) {
        String rel = words(match.group("rel"));
        if ("the".equals(words(match.group("article"))) && rel.equals("last")) {
            return Optional.empty();
        }
        RelativeCalendar.Unit unit = CalendarWords.unit(CalendarWords.CALENDAR_UNITS, match.group("unit"));
        return THIS.contains(rel) ? calendar.current(unit) : calendar.previous(unit);
    }

    /** "negli ultimi 30 giorni", "past 3 months", "l'ultimo mese", "the last week": up to today included. */
    private static Optional<DatePeriod> rolling(Matcher match, RelativeCalendar calendar) {
        String rel = match.group("rel");
        String count = match.group("count");
        boolean impliesOne = ROLLING_ONE.contains(rel) || match.group("article") != null && rel.equals("last");
        if (count == null && !impliesOne) {
            return Optional.empty(); // "gli ultimi giorni" says no count; "last week" is the calendar week
        }
        RelativeCalendar.Unit unit = CalendarWords.unit(CalendarWords.COUNTED_UNITS, match.group("unit"));
        return count == null ? calendar.last(1, unit) : NumberWords.count(count).flatMap(n -> calendar.last(n, unit));
    }

    /** "lunedì" is the latest Monday up to today; "lunedì scorso" / "last Monday" the latest before today. */
    private static Optional<DatePeriod> weekday(Matcher match, RelativeCalendar calendar) {
        return calendar.day(mostRecentWeekday(match, calendar));
    }

    /** "da lunedì", "since Monday", "dal 3 marzo": from that day up to today included. */
    private static Optional<DatePeriod> since(Matcher match, RelativeCalendar calendar) {
        if (match.group("weekday") != null) {
            return calendar.since(mostRecentWeekday(match, calendar));
        }
        return PartialDate.parse(match.group("date"), calendar)
                .flatMap(date -> date.alone(calendar))
                .flatMap(period -> calendar.since(period.from()));
    }

    private static Optional<DatePeriod> range(Matcher match, RelativeCalendar calendar) {
        Optional<PartialDate> last = PartialDate.parse(match.group("last"), calendar);
        return PartialDate.parse(match.group("first"), calendar).flatMap(first -> last.flatMap(end -> first.until(end, calendar)));
    }

    private static Optional<DatePeriod> year(Matcher match, RelativeCalendar calendar) {
        int year = Integer.parseInt(match.group("year"));
        return calendar.period(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** "Q3 2025", "nel terzo trimestre": without a year, the latest such quarter that has begun. */
    private static Optional<DatePeriod> quarter(Matcher match, RelativeCalendar calendar) {
        String digit = match.group("quarter");
        int quarter = digit != null ? Integer.parseInt(digit) : CalendarWords.QUARTER_ORDINALS.get(match.group("ordinal"));
        String year = match.group("year");
        return calendar.quarter(year != null ? Integer.parseInt(year) : calendar.mostRecentQuarterYear(quarter), quarter);
    }

    /** "il 3 marzo", "a ottobre", "ottobre 2025", "3/10/2025"; "may" or "ago" alone is no month. */
    private static Optional<DatePeriod> date(Matcher match, RelativeCalendar calendar) {
        String text = match.group("date");
        Optional<PartialDate> date = PartialDate.parse(text, calendar);
        boolean bareMonth = date.isPresent() && !date.get().hasDay() && !date.get().hasYear();
        boolean preposition = MONTH_PREPOSITIONS.contains(String.valueOf(words(match.group("lead"))));
        if (bareMonth && !preposition && CalendarWords.MONTHS_NEEDING_CONTEXT.contains(text.replace(".", ""))) {
            return Optional.empty();
        }
        return date.flatMap(known -> known.alone(calendar));
    }

    private static LocalDate mostRecentWeekday(Matcher match, RelativeCalendar calendar) {
        DayOfWeek day = CalendarWords.WEEKDAYS.get(match.group("weekday"));
        boolean previous = match.group("before") != null || match.group("after") != null;
        return calendar.mostRecent(day, !previous);
    }

    /** A captured lead or article without the white space after it; null when absent. */
    private static String words(String captured) {
        return captured == null ? null : captured.strip().replaceAll("\\s+", " ");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
