package org.sportello.consent.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import org.sportello.consent.AuditLog;
import org.sportello.consent.domain.audit.AuditChain;
import org.sportello.consent.domain.audit.AuditChainVerifier;
import org.sportello.consent.domain.audit.AuditEntry;
import org.sportello.consent.domain.audit.AuditHead;
import org.sportello.consent.domain.audit.AuditRecord;
import org.sportello.shared.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records consent events and data accesses in the hash-chained audit trail, and checks the chain.
 *
 * <p>Each call records in a transaction of its own: a caller that only reads can still audit what it
 * read, and a caller that rolls back later cannot erase the record of an access it already made.
 * Appenders take turns on the locked head row, so sequence numbers have no gaps and each entry
 * chains to the one committed just before it.
 */
@Service
public class AuditTrail implements AuditLog {

    /** Records one call may append: bounds how long it holds the head row, and so how long others wait. */
    public static final int RECORDS_PER_CALL_MAX = 100_000;

    /** Entries read per query while verifying: memory stays bounded whatever the chain's length. */
    static final int VERIFY_PAGE_ENTRIES = 10_000;

    private final AuditStore store;
    private final Clock clock;

    AuditTrail(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Appends one record; a record without a time is recorded now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditRecord record) {
        append(List.of(record));
    }

    /** Appends records in order, in one transaction; a record without a time is recorded now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAll(List<AuditRecord> records) {
        append(records);
    }

    /** Every entry naming the customer, in order: for the customer's data export. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesOf(CustomerId customer) {
        return store.entriesOf(customer);
    }

    /** Every entry naming one of these links, in order: for the customer's data export. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesOfLinks(Collection<String> linkIds) {
        return store.entriesOfLinks(linkIds);
    }

    /**
     * Reads the head first and checks the entries up to it only: appends made meanwhile neither slow
     * the check down nor make a complete chain look cut short.
     */
    @Override
    public Verification verify(LongConsumer progress) {
        AuditHead recorded = store.head();
        AuditChainVerifier verifier = AuditChainVerifier.upTo(recorded);
        long pageStart;
        do {
            pageStart = verifier.headSeq();
            try {
                store.readAfter(pageStart, recorded.seq(), VERIFY_PAGE_ENTRIES, verifier::accept);
            } catch (AuditStore.UnreadableAuditEntry unreadable) {
                verifier.unreadable(unreadable.seq(), unreadable.recordedAt(), unreadable.getMessage());
            }
            progress.accept(verifier.entries());
        } while (!verifier.isBroken() && verifier.headSeq() > pageStart && verifier.headSeq() < recorded.seq());
        return verifier.verification();
    }

    private void append(List<AuditRecord> records) {
        if (records.size() > RECORDS_PER_CALL_MAX) {
            throw new IllegalArgumentException("at most " + RECORDS_PER_CALL_MAX + " audit records per call, got " + records.size());
        }
        if (records.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<AuditRecord> stamped = records.stream().map(record -> record.recordedAt() == null ? record.at(now) : record).toList();
        store.append(AuditChain.append(store.lockHead(), stamped));
    }
}
