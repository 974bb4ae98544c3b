package org.sportello.assistant.domain.entities;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A half-open range of days [from, to) in the customer's time zone: "ottobre 2025" is 2025-10-01 to
 * 2025-11-01, "ieri" on 29 November is 28 November to 29 November.
 */
public record DatePeriod(LocalDate from, LocalDate to) implements EntityValue {

    /** Ten years, as the bank's own periods: nothing a customer asks about is longer. */
    public static final long DAYS_MAX = 3_660;

    public DatePeriod {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        if (!fits(from, to)) {
            throw new IllegalArgumentException("period must end after it starts and last at most " + DAYS_MAX
                    + " days: " + from + " to " + to);
        }
    }

    /** Whether [from, to) is a period at all: the parsers ask before they build one from what a customer wrote. */
    static boolean fits(LocalDate from, LocalDate to) {
        return from.isBefore(to) && ChronoUnit.DAYS.between(from, to) <= DAYS_MAX;
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    @Override
    public EntityType type() {
        return EntityType.PERIOD;
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", from.toString());
        json.put("to", to.toString());
        return json;
    }
}
