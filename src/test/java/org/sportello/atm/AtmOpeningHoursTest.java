package org.sportello.atm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.shared.GeoPoint;

/** {@link Atm#openAt} reads the tag in Paris time, whatever zone the instant was written in. */
class AtmOpeningHoursTest {

    static Atm branchOpen(String openingHours) {
        return new Atm("way/42", new GeoPoint(48.87, 2.33), Atm.Kind.BRANCH, "Agence Opéra", "BNP Paribas", "", "Paris", "75009",
                openingHours, Atm.Wheelchair.UNKNOWN);
    }

    @ParameterizedTest(name = "''{0}'' at {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Mo-Fr 09:00-17:30 | 2026-06-01T06:59:00Z | CLOSED
            Mo-Fr 09:00-17:30 | 2026-06-01T07:00:00Z | OPEN
            Mo-Fr 09:00-17:30 | 2026-06-01T15:29:59Z | OPEN
            Mo-Fr 09:00-17:30 | 2026-06-01T15:30:00Z | CLOSED
            Mo-Fr 09:00-17:30 | 2026-12-07T07:59:00Z | CLOSED
            Mo-Fr 09:00-17:30 | 2026-12-07T08:00:00Z | OPEN
            Mo-Fr 09:00-17:30 | 2026-06-06T10:00:00Z | CLOSED
            Mo-Fr 09:00-17:30 | 2026-06-05T23:30:00Z | CLOSED
            24/7              | 2026-06-06T03:00:00Z | OPEN
            ''                | 2026-06-01T10:00:00Z | UNKNOWN
            Mo-Fr 09:00-17:30; PH off | 2026-06-01T10:00:00Z | OPEN
            Mo-Fr 09:00-17:30; PH off | 2026-07-14T10:00:00Z | CLOSED
            Mo-Fr 09:00-17:30; PH off | 2026-07-13T22:30:00Z | CLOSED
            Mo-Fr 09:00-17:30; SH off | 2026-06-01T10:00:00Z | UNKNOWN
            """)
    void isOpenPerItsTagReadInParisTime(String openingHours, String instant, OpenStatus expected) {
        assertThat(branchOpen(openingHours).openAt(Instant.parse(instant))).isEqualTo(expected);
    }

    @Test
    void refusesAMissingInstant() {
        assertThatThrownBy(() -> branchOpen("24/7").openAt(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("instant == null");
    }
}
