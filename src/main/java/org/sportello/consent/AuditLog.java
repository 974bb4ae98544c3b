package org.sportello.consent;

import java.time.Instant;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The append-only, hash-chained audit trail of consent events and data accesses, as those who check
 * it see it: {@code sportello audit verify} and operators' tools.
 */
public interface AuditLog {

    /** Hex digits of a hash shown to people: enough to tell two hashes apart at a glance. */
    int HASH_SHOWN_CHARS = 4;

    /**
     * Recomputes the chain from its first entry to the head, reading it in pages so that millions of
     * entries never load at once, and stops at the first broken entry.
     *
     * @param progress told, after each page, how many entries were found intact so far
     */
    Verification verify(LongConsumer progress);

    /** A hash as people read it: its first {@value #HASH_SHOWN_CHARS} digits and an ellipsis. */
    static String shown(String hash) {
        return hash.substring(0, Math.min(HASH_SHOWN_CHARS, hash.length())) + "…";
    }

    /**
     * The outcome of {@link #verify}. Intact: {@code entries} is the length of the chain, from
     * {@code firstRecordedAt} to {@code lastRecordedAt}, ending in {@code headHash}. Broken: the same
     * for the intact entries before {@code brokenAt}, the entry at which the chain breaks (recorded at
     * {@code brokenRecordedAt}, null when it is missing altogether), and why.
     */
    record Verification(boolean intact, long entries, Instant firstRecordedAt, Instant lastRecordedAt, String headHash,
                        Long brokenAt, Instant brokenRecordedAt, String reason) {

        public Verification {
            Objects.requireNonNull(headHash, "headHash == null");
            if (intact != (brokenAt == null) || intact != (reason == null)) {
                throw new IllegalArgumentException("a verification is intact, or broken at an entry with a reason");
            }
        }

        public static Verification intact(long entries, Instant first, Instant last, String headHash) {
            return new Verification(true, entries, first, last, headHash, null, null, null);
        }

        public static Verification broken(long brokenAt, Instant brokenRecordedAt, String reason, long intactEntries,
                                          Instant first, Instant last, String headHash) {
            return new Verification(false, intactEntries, first, last, headHash, brokenAt, brokenRecordedAt,
                    Objects.requireNonNull(reason, "reason == null"));
        }
    }
}
