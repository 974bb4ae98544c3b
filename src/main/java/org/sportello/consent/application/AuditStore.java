package org.sportello.consent.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.sportello.consent.domain.audit.AuditEntry;
import org.sportello.consent.domain.audit.AuditHead;
import org.sportello.shared.CustomerId;

/** The audit trail's entries and its head: the last entry's sequence number and hash. */
public interface AuditStore {

    /** The head, locked until the transaction ends, so that appenders take turns. */
    AuditHead lockHead();

    /** The head as last committed, without locking it. */
    AuditHead head();

    /** Inserts entries chained after the locked head and moves the head to the last of them. */
    void append(List<AuditEntry> entries);

    /**
     * Hands over, in sequence order, at most {@code limit} entries after {@code afterSeq} and up to
     * {@code untilSeq}. A stored row that cannot be read as an entry stops it with
     * {@link UnreadableAuditEntry} after the rows before it were handed over.
     */
    void readAfter(long afterSeq, long untilSeq, int limit, Consumer<AuditEntry> each);

    /** Every entry naming this customer, in sequence order. */
    List<AuditEntry> entriesOf(CustomerId customer);

    /** Every entry naming one of these links, in sequence order. */
    List<AuditEntry> entriesOfLinks(Collection<String> linkIds);

    /** A stored row holds what no audit record can: someone changed it outside Sportello. */
    final class UnreadableAuditEntry extends RuntimeException {

        private final long seq;
        private final Instant recordedAt;

        public UnreadableAuditEntry(long seq, Instant recordedAt, String problem) {
            super(problem);
            this.seq = seq;
            this.recordedAt = recordedAt;
        }

        public long seq() {
            return seq;
        }

        public Instant recordedAt() {
            return recordedAt;
        }
    }
}
