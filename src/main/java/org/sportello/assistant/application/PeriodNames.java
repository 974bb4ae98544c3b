package org.sportello.assistant.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.sportello.assistant.domain.entities.DatePeriod;
import org.sportello.shared.Language;
import org.springframework.stereotype.Component;

/** Periods as a customer says them: "a ottobre 2026", "dal 3 al 10 marzo 2026", "on 17 November 2026". */
@Component
class PeriodNames {

    private final Replies replies;

    PeriodNames(Replies replies) {
        this.replies = replies;
    }

    /** With its preposition, to follow a verb: "a ottobre 2026", "in October 2026". */
    String of(DatePeriod period, Language language) {
        LocalDate from = period.from();
        LocalDate lastDay = period.to().minusDays(1);
        if (from.getDayOfMonth() == 1 && period.to().equals(from.plusMonths(1))) {
            String month = month(from, language);
            // Italian says "ad agosto", "ad aprile": a euphonic d before the same vowel.
            return replies.text(month.startsWith("a") ? "assistant.period.month-before-a" : "assistant.period.month", language, month);
        }
        if (from.getDayOfYear() == 1 && period.to().equals(from.plusYears(1))) {
            return replies.text("assistant.period.year", language, String.valueOf(from.getYear()));
        }
        if (from.equals(lastDay)) {
            return replies.text("assistant.period.day", language, day(from, language));
        }
        return replies.text("assistant.period.range", language, day(from, language), day(lastDay, language));
    }

    /** Without a preposition, for a chart's legend or a comparison: "ottobre 2026", "3 mar 2026 – 10 mar 2026". */
    String label(DatePeriod period, Language language) {
        LocalDate from = period.from();
        if (from.getDayOfMonth() == 1 && period.to().equals(from.plusMonths(1))) {
            return month(from, language);
        }
        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        return medium.format(from) + " – " + medium.format(period.to().minusDays(1));
    }

    private static String month(LocalDate day, Language language) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", language.locale()).format(day);
    }

    private static String day(LocalDate day, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(day);
    }
}
