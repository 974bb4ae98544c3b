package org.sportello.consent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationReadCoverageTest {

    static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void anEntryCoversTheLinkUntilTheEndOfItsWindowOnly() {
        NotificationReadCoverage coverage = new NotificationReadCoverage(Duration.ofMinutes(1));
        assertThat(coverage.covers("link-1", T)).isFalse();
        coverage.covered("link-1", T, coverage.until(T));
        assertThat(coverage.covers("link-1", T.plusSeconds(59))).isTrue();
        assertThat(coverage.covers("link-1", T.plusSeconds(60))).isFalse();
        assertThat(coverage.covers("link-2", T.plusSeconds(1))).as("another link").isFalse();
    }

    @Test
    void anOlderEntryNeverShortensCoverage() {
        NotificationReadCoverage coverage = new NotificationReadCoverage(Duration.ofMinutes(1));
        coverage.covered("link-1", T, T.plusSeconds(90));
        coverage.covered("link-1", T, T.plusSeconds(30));
        assertThat(coverage.covers("link-1", T.plusSeconds(60))).isTrue();
    }

    @Test
    void aZeroWindowCoversNothing() {
        NotificationReadCoverage coverage = new NotificationReadCoverage(Duration.ZERO);
        assertThat(coverage.until(T)).isNull();
        coverage.covered("link-1", T, coverage.until(T));
        assertThat(coverage.covers("link-1", T)).isFalse();
        assertThat(coverage.remembered()).isZero();
    }

    @Test
    void expiredLinksAreSweptSoMemoryHoldsOnlyTheWindowsLinks() {
        NotificationReadCoverage coverage = new NotificationReadCoverage(Duration.ofMinutes(1));
        for (int link = 0; link < NotificationReadCoverage.SWEEP_EVERY - 1; link++) {
            coverage.covered("old-" + link, T, coverage.until(T));
        }
        assertThat(coverage.remembered()).isEqualTo(NotificationReadCoverage.SWEEP_EVERY - 1);
        Instant later = T.plus(Duration.ofMinutes(2));
        coverage.covered("new", later, coverage.until(later));
        assertThat(coverage.remembered()).isEqualTo(1);
        assertThat(coverage.covers("new", later)).isTrue();
    }

    @Test
    void aNegativeWindowIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new NotificationReadCoverage(Duration.ofSeconds(-1)))
                .hasMessage("sportello.consent.notification-audit-window must not be negative, got PT-1S");
    }
}
