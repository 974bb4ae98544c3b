package org.sportello.notify.application;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's view of the dispatch lease: only its holder sends the outbox, so no message is
 * claimed one by one. Renewed once a third of it has passed, so a round begins with at least two
 * thirds of the lease ahead; given up when the node stops, so another takes over at once. A node
 * that dies keeps it until it runs out: another node then takes it and sends again what the dead
 * one may have sent without recording it (at least once, as after any crash).
 */
final class DispatchLease {

    private static final Logger log = LoggerFactory.getLogger(DispatchLease.class);

    private final DispatchLeaseStore store;
    private final String node;
    private final Duration length;
    private volatile Instant heldUntil;
    private boolean toldWaiting;

    DispatchLease(DispatchLeaseStore store, String node, Duration length) {
        if (length.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("sportello.delivery.lease must be at least 3s, got " + length);
        }
        this.store = store;
        this.node = node;
        this.length = length;
    }

    /** Whether this node may send now; takes or renews the lease when due. */
    synchronized boolean hold(Instant now) {
        if (heldUntil != null && now.isBefore(heldUntil.minus(length.multipliedBy(2).dividedBy(3)))) {
            return true;
        }
        boolean held = store.hold(node, now, now.plus(length));
        if (held && heldUntil == null) {
            log.info("this node ({}) now sends the outbox", node);
            toldWaiting = false;
        } else if (!held && (heldUntil != null || !toldWaiting)) {
            log.info("another node holds the dispatch lease; this node ({}) waits, ready to take over", node);
            toldWaiting = true;
        }
        heldUntil = held ? now.plus(length) : null;
        return held;
    }

    /**
     * Whether this node still holds the lease, asked of the database: a node paused longer than
     * its lease (a long garbage collection, a frozen virtual machine) finds another node took it.
     * In a transaction, nobody takes it over until that transaction ends.
     */
    synchronized boolean confirm(Instant now) {
        if (heldUntil != null && store.confirm(node, now)) {
            return true;
        }
        if (heldUntil != null) {
            log.warn("this node ({}) lost the dispatch lease while sending: another node sends the outbox now", node);
        }
        heldUntil = null;
        return false;
    }

    synchronized void release(Instant now) {
        if (heldUntil != null) {
            store.release(node, now);
            heldUntil = null;
        }
    }

    /**
     * Whether this node holds the lease with at least a third of it ahead at {@code now}, as it
     * last looked: enough for a send to end before anyone could take it over. Asks no database.
     */
    boolean holds(Instant now) {
        Instant until = heldUntil;
        return until != null && now.isBefore(until.minus(length.dividedBy(3)));
    }

    /** Whether this node held the lease when it last looked. */
    boolean isHeld() {
        return heldUntil != null;
    }

    String node() {
        return node;
    }
}
