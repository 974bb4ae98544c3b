package org.sportello.consent.domain.audit;

import java.util.Objects;

/**
 * A record as it stands in the chain: its sequence number (1, 2, 3...), the hash of the entry before
 * it and its own hash over both.
 */
public record AuditEntry(long seq, AuditRecord record, String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(record, "record == null");
        Objects.requireNonNull(record.recordedAt(), "record.recordedAt == null");
        Objects.requireNonNull(previousHash, "previousHash == null");
        Objects.requireNonNull(hash, "hash == null");
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more, got " + seq);
        }
    }

    /** This entry as the head the next one attaches to. */
    public AuditHead head() {
        return new AuditHead(seq, hash);
    }
}
