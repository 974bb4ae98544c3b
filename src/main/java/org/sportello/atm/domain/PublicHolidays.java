package org.sportello.atm.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The public holidays ({@code PH} in OSM's {@code opening_hours}) of a place's country. France's are
 * the ones the shipped data needs: eight fixed days and three that follow Easter. (Alsace and Moselle
 * add Good Friday and 26 December; their ATMs are not in the shipped data.)
 */
@FunctionalInterface
public interface PublicHolidays {

    boolean isHoliday(LocalDate date);

    /** Metropolitan France, Code du travail L3133-1. */
    PublicHolidays FRANCE = date -> {
        Set<MonthDay> fixed = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8), MonthDay.of(7, 14), MonthDay.of(8, 15),
                MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));
        if (fixed.contains(MonthDay.from(date))) {
            return true;
        }
        LocalDate easter = easterSunday(date.getYear());
        // Easter Monday, Ascension Thursday, Whit Monday.
        return date.equals(easter.plusDays(1)) || date.equals(easter.plusDays(39)) || date.equals(easter.plusDays(50));
    };

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, as in Meeus' Astronomical Algorithms). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
