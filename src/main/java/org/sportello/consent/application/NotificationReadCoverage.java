package org.sportello.consent.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which links' notification reads an audit entry already covers, and until when. Notifying is the
 * one read that repeats with every booked transaction: a card paying twice a minute would write
 * an entry per payment and bury the customer's own questions in their trail, and at thousands of
 * transactions a second the entries would be most of the database's writes. So the first
 * notification read of a link writes an entry saying it covers the link's notification reads for
 * the window, and reads inside the window write none. The consent check itself still runs on
 * every read; a window of zero records every read.
 *
 * <p>Kept per node and only for the window: a node that restarts, or another node, writes a new
 * entry, never fewer.
 */
final class NotificationReadCoverage {

    /** Covered links remembered before the expired ones are swept out. */
    static final int SWEEP_EVERY = 4_096;

    private final Duration window;
    private final Map<String, Instant> coveredUntil = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();

    NotificationReadCoverage(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("sportello.consent.notification-audit-window must not be negative, got " + window);
        }
        this.window = window;
    }

    /** Whether an entry written earlier covers a notification read of the link at {@code at}. */
    boolean covers(String linkId, Instant at) {
        Instant until = coveredUntil.get(linkId);
        return until != null && at.isBefore(until);
    }

    /** Until when an entry written at {@code at} covers the link's notification reads; null when every read is recorded. */
    Instant until(Instant at) {
        return window.isZero() ? null : at.plus(window);
    }

    /** Call once the entry covering reads from {@code at} is committed: a failed write covers nothing. */
    void covered(String linkId, Instant at, Instant until) {
        if (until == null) {
            return;
        }
        coveredUntil.merge(linkId, until, (old, added) -> added.isAfter(old) ? added : old);
        if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            sinceSweep.set(0);
            coveredUntil.values().removeIf(end -> !end.isAfter(at));
        }
    }

    /** How many links are remembered now; for tests of the sweep. */
    int remembered() {
        return coveredUntil.size();
    }
}
