package org.sportello.consent.domain.audit;

import java.util.Objects;

/** The last entry of a chain, by sequence number and hash: where the next entry attaches. */
public record AuditHead(long seq, String hash) {

    /** The head of an empty chain: the first entry's previous hash is 64 zeros. */
    public static final AuditHead GENESIS = new AuditHead(0, "0".repeat(64));

    public AuditHead {
        Objects.requireNonNull(hash, "hash == null");
        if (seq < 0) {
            throw new IllegalArgumentException("seq must be 0 or more, got " + seq);
        }
    }
}
