package org.sportello.assistant.domain.entities;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sportello.shared.Language;

/**
 * Finds the periods a customer names, in Italian or English, resolved against their "now" in their
 * own time zone into half-open date ranges [from, to). Accents and case do not matter ("lunedi").
 *
 * <ul>
 * <li>Days: "oggi"/"today", "ieri"/"yesterday", "l'altro ieri"/"the day before yesterday"; a weekday
 * alone ("lunedì", "on Monday") is the latest such day up to today; "lunedì scorso"/"last Monday" the
 * latest before today.</li>
 * <li>Calendar units, whole: "questa settimana"/"this week" (Monday to Sunday), "la settimana
 * scorsa"/"last week", "questo mese"/"il mese scorso", "quest'anno"/"l'anno scorso", "this
 * quarter"/"last quarter"; "this weekend" is Saturday and Sunday of this week, "lo scorso
 * weekend"/"last weekend" those of the week before.</li>
 * <li>Counted back from today, today included: "negli ultimi N giorni"/"last N days" is
 * [today − (N − 1), today + 1), N days; weeks are 7 N days; months, quarters and years end today and
 * start the day after the same date N units back ("past 3 months" on 29 November: 30 August to 29
 * November). "l'ultimo mese", "the past week" and "the last week" count one unit; "last week" without
 * "the" is the calendar week.</li>
 * <li>Months: "a ottobre", "in october", "oct" is the latest October not in the future (this year's
 * in November, last year's in February); "ottobre 2025", "ott 2025" that one. Month words that are
 * also everyday words ("may", "mar", "set", "ago") need a day, a year or a preposition.</li>
 * <li>Years and quarters: "nel 2024", "in Q3", "nel terzo trimestre", "Q3 2025"; a quarter without a
 * year is the latest that has begun.</li>
 * <li>Dates: "il 3 marzo", "March 3", "3/10/2025", "03.10.2025", "2025-10-03"; without a year the
 * latest such date not in the future. Numbers are day first, in English too (Europe); English
 * alone reads "10/25/2025" month first, since no month is 25. "3/10" without a year is a date.</li>
 * <li>Ranges, both ends included: "dal 3 al 10 marzo", "from 3 to 10 March", "between March 3 and
 * March 10" are [3 March, 11 March); "da gennaio a marzo" is January to March whole. "Since" counts up
 * to today included: "da lunedì"/"since Monday" is [the latest Monday up to today, tomorrow).</li>
 * </ul>
 */
public final class PeriodParser {

    private static final List<PeriodRules.Rule> RULES = PeriodRules.all();

    /**
     * @param now      the customer's current time, in the customer's time zone: "today" is its date
     * @param language the message's language when known: an Italian message never puts the month first
     * @return the periods found, none overlapping another, in the order they appear
     */
    public List<Entity> find(String message, ZonedDateTime now, Optional<Language> language) {
        return find(FoldedText.of(message), now, language);
    }

    List<Entity> find(FoldedText text, ZonedDateTime now, Optional<Language> language) {
        Objects.requireNonNull(now, "now == null");
        Objects.requireNonNull(language, "language == null");
        RelativeCalendar calendar = RelativeCalendar.at(now, language.map(known -> known != Language.IT).orElse(true));
        List<Entity> found = new ArrayList<>();
        List<int[]> refused = new ArrayList<>();
        for (PeriodRules.Rule rule : RULES) {
            Patterns.forEachMatch(rule.pattern(), text.folded(), match -> {
                Optional<DatePeriod> period = rule.resolver().resolve(match, calendar);
                if (period.isPresent()) {
                    found.add(text.entity(period.get(), match.start(), match.end()));
                } else {
                    refused.add(new int[] {match.start(), match.end()});
                }
            });
        }
        found.removeIf(entity -> insideRefused(entity, refused));
        return NonOverlapping.select(found);
    }

    /** "il 31 aprile" is no date, and its "aprile" must not stand in for it as the whole month. */
    private static boolean insideRefused(Entity entity, List<int[]> refused) {
        return refused.stream().anyMatch(span -> span[0] <= entity.start() && entity.end() <= span[1]
                && span[1] - span[0] > entity.length());
    }
}
