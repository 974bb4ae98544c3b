package org.sportello.assistant.domain.entities;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The fixed moments the entity tests read messages at. */
final class Customers {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Sunday 29 November 2026, mid-morning in Rome: the week began on Monday 23. */
    static final ZonedDateTime NOVEMBER = ZonedDateTime.of(2026, 11, 29, 10, 0, 0, 0, ROME);
    /** Wednesday 11 February 2026: October, Q3 and 3 March are last year's. */
    static final ZonedDateTime FEBRUARY = ZonedDateTime.of(2026, 2, 11, 10, 0, 0, 0, ROME);

    private Customers() {
    }
}
