package org.sportello.notify.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DispatchLeaseTest {

    static final Instant T = Instant.parse("2026-11-30T10:00:00Z");
    static final Duration MINUTE = Duration.ofSeconds(60);

    /** The table's one row, as the JDBC store's conditional UPDATE treats it; counts the writes. */
    static final class OneRow implements DispatchLeaseStore {
        String holder = "";
        Instant expiresAt = Instant.EPOCH;
        int writes;

        @Override
        public boolean hold(String node, Instant now, Instant until) {
            if (!holder.equals(node) && now.isBefore(expiresAt)) {
                return false;
            }
            holder = node;
            expiresAt = until;
            writes++;
            return true;
        }

        @Override
        public boolean confirm(String node, Instant now) {
            return holder.equals(node) && now.isBefore(expiresAt);
        }

        @Override
        public void release(String node, Instant now) {
            if (holder.equals(node)) {
                expiresAt = now;
                writes++;
            }
        }
    }

    @Test
    void theFirstNodeSendsAndRenewsOnlyOnceAThirdOfTheLeaseHasPassed() {
        OneRow row = new OneRow();
        DispatchLease a = new DispatchLease(row, "a", MINUTE);
        assertThat(a.hold(T)).isTrue();
        assertThat(a.hold(T.plusSeconds(19))).isTrue();
        assertThat(row.writes).as("no write per round inside the first third").isEqualTo(1);
        assertThat(a.hold(T.plusSeconds(20))).isTrue();
        assertThat(row.writes).isEqualTo(2);
        assertThat(row.expiresAt).isEqualTo(T.plusSeconds(80));
    }

    @Test
    void aSecondNodeWaitsUntilTheLeaseRunsOutThenTakesOver() {
        OneRow row = new OneRow();
        DispatchLease a = new DispatchLease(row, "a", MINUTE);
        DispatchLease b = new DispatchLease(row, "b", MINUTE);
        assertThat(a.hold(T)).isTrue();
        assertThat(b.hold(T.plusSeconds(59))).isFalse();
        assertThat(b.hold(T.plusSeconds(60))).as("a died: its lease ran out").isTrue();
        assertThat(a.hold(T.plusSeconds(61))).as("a came back: b holds it now").isFalse();
        assertThat(row.holder).isEqualTo("b");
    }

    @Test
    void aNodePausedLongerThanItsLeaseFindsOutWhenItConfirms() {
        OneRow row = new OneRow();
        DispatchLease a = new DispatchLease(row, "a", MINUTE);
        DispatchLease b = new DispatchLease(row, "b", MINUTE);
        assertThat(a.hold(T)).isTrue();
        assertThat(a.confirm(T.plusSeconds(30))).isTrue();

        assertThat(b.hold(T.plusSeconds(61))).as("a paused for a minute mid-round").isTrue();

        assertThat(a.confirm(T.plusSeconds(62))).isFalse();
        assertThat(a.isHeld()).isFalse();
        assertThat(b.confirm(T.plusSeconds(62))).isTrue();
    }

    @Test
    void aDirectSendNeedsTheLeaseWithAThirdOfItAheadAndAsksNoDatabase() {
        OneRow row = new OneRow();
        DispatchLease a = new DispatchLease(row, "a", MINUTE);
        assertThat(a.holds(T)).as("never taken").isFalse();
        assertThat(a.hold(T)).isTrue();
        int writes = row.writes;

        assertThat(a.holds(T.plusSeconds(39))).isTrue();
        assertThat(a.holds(T.plusSeconds(40))).as("20 s left of 60: a send could outlast it").isFalse();
        assertThat(row.writes).isEqualTo(writes);

        a.release(T.plusSeconds(41));
        assertThat(a.holds(T.plusSeconds(41))).isFalse();
    }

    @Test
    void aStoppingNodeHandsTheLeaseOnAtOnce() {
        OneRow row = new OneRow();
        DispatchLease a = new DispatchLease(row, "a", MINUTE);
        DispatchLease b = new DispatchLease(row, "b", MINUTE);
        assertThat(a.hold(T)).isTrue();
        a.release(T.plusSeconds(5));
        assertThat(b.hold(T.plusSeconds(5))).isTrue();
        a.release(T.plusSeconds(6));
        assertThat(row.expiresAt).as("a held nothing any more: releasing again changes nothing").isEqualTo(T.plusSeconds(65));
    }

    @Test
    void aLeaseTooShortToRenewIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new DispatchLease(new OneRow(), "a", Duration.ofSeconds(2)))
                .hasMessage("sportello.delivery.lease must be at least 3s, got PT2S");
    }
}
