package org.sportello.bank;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A half-open range of days [from, to) in a customer's time zone: "October" is 1 Oct to 1 Nov. */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

    public static final long DAYS_MAX = 3_660;

    public Period {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        Objects.requireNonNull(zone, "zone == null");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("period must end after it starts: " + from + " to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) > DAYS_MAX) {
            throw new IllegalArgumentException("period longer than " + DAYS_MAX + " days: " + from + " to " + to);
        }
    }

    public static Period month(int year, int month, ZoneId zone) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new Period(first, first.plusMonths(1), zone);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return to.atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** The period of the same length just before this one; a calendar month maps to the previous month. */
    public Period previous() {
        if (from.getDayOfMonth() == 1 && to.equals(from.plusMonths(1))) {
            return new Period(from.minusMonths(1), from, zone);
        }
        return new Period(from.minusDays(days()), from, zone);
    }
}
