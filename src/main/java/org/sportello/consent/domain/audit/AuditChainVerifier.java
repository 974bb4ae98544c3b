package org.sportello.consent.domain.audit;

import java.time.Instant;
import java.util.Objects;
import org.sportello.consent.AuditLog;
import org.sportello.consent.AuditLog.Verification;

/**
 * Checks a chain one entry at a time, so that millions of entries can be read page by page, and
 * stops at the first broken one: a gap in the sequence, a previous hash that is not the hash of the
 * entry before, or a stored hash that is not the recomputed one. Checked against the head row the
 * trail keeps, it also notices entries removed from the end.
 */
public final class AuditChainVerifier {

    /** The head the store recorded, or null when there is none to compare with. */
    private final AuditHead recorded;
    private AuditHead head = AuditHead.GENESIS;
    private long entries;
    private Instant first;
    private Instant last;
    private Verification broken;

    private AuditChainVerifier(AuditHead recorded) {
        this.recorded = recorded;
    }

    /** For a chain given whole: it ends where its entries end. */
    public static AuditChainVerifier fromGenesis() {
        return new AuditChainVerifier(null);
    }

    /** For a stored chain: it must reach the recorded head and end with the hash recorded there. */
    public static AuditChainVerifier upTo(AuditHead recorded) {
        return new AuditChainVerifier(Objects.requireNonNull(recorded, "recorded == null"));
    }

    /** Checks the next entry; false once the chain is broken, here or before, so a reader can stop. */
    public boolean accept(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        String problem = problemOf(entry);
        if (problem != null) {
            broken = brokenAt(entry.seq(), entry.record().recordedAt(), problem);
            return false;
        }
        entries++;
        first = first == null ? entry.record().recordedAt() : first;
        last = entry.record().recordedAt();
        head = entry.head();
        return true;
    }

    /** The next entry is stored but cannot be read as an entry at all: some column holds what no record can. */
    public void unreadable(long seq, Instant recordedAt, String problem) {
        if (broken == null) {
            broken = brokenAt(seq, recordedAt, problem + ": the entry was altered");
        }
    }

    public boolean isBroken() {
        return broken != null;
    }

    /** Entries found intact so far. */
    public long entries() {
        return entries;
    }

    /** The sequence number of the last intact entry, 0 before the first. */
    public long headSeq() {
        return head.seq();
    }

    /** The outcome, once every entry is given. */
    public Verification verification() {
        if (broken != null) {
            return broken;
        }
        if (recorded != null && head.seq() < recorded.seq()) {
            return brokenAt(head.seq() + 1, null, "the chain ends at entry " + head.seq() + " but the head row records entry "
                    + recorded.seq() + ": " + deleted(head.seq() + 1, recorded.seq()));
        }
        return Verification.intact(entries, first, last, head.hash());
    }

    private String problemOf(AuditEntry entry) {
        long expected = head.seq() + 1;
        if (entry.seq() < expected) {
            return "entry " + entry.seq() + " comes after entry " + head.seq() + ": the entries are out of order";
        }
        if (entry.seq() > expected) {
            return (head.seq() == 0 ? "sequence starts at " + entry.seq() : "sequence jumps from " + head.seq() + " to " + entry.seq())
                    + ": " + deleted(expected, entry.seq() - 1);
        }
        if (!entry.previousHash().equals(head.hash())) {
            return (head.seq() == 0
                    ? "previous hash " + AuditLog.shown(entry.previousHash()) + " is not the genesis hash " + AuditLog.shown(head.hash())
                    : "previous hash does not match entry " + head.seq() + "'s hash") + ": an entry was removed or reordered";
        }
        String recomputed = AuditChain.hashOf(entry.seq(), entry.record(), entry.previousHash());
        if (!recomputed.equals(entry.hash())) {
            return "stored hash " + AuditLog.shown(entry.hash()) + " does not match the recomputed " + AuditLog.shown(recomputed)
                    + ": the entry was altered";
        }
        if (recorded != null && entry.seq() == recorded.seq() && !entry.hash().equals(recorded.hash())) {
            return "hash " + AuditLog.shown(entry.hash()) + " does not match the head row's " + AuditLog.shown(recorded.hash())
                    + ": the entry was rewritten with a new hash, or the head row was changed";
        }
        return null;
    }

    private Verification brokenAt(long seq, Instant recordedAt, String reason) {
        return Verification.broken(seq, recordedAt, reason, entries, first, last, head.hash());
    }

    private static String deleted(long from, long to) {
        return from == to ? "entry " + from + " was deleted" : "entries " + from + ".." + to + " were deleted";
    }
}
