package org.sportello.consent.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sportello.consent.AuditLog;
import org.sportello.consent.AuditLog.Verification;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;

class AuditChainTest {

    static final Instant MORNING = Instant.parse("2026-11-18T09:30:00Z");
    static final CustomerId GIULIA = new CustomerId("giulia.rossi");
    static final String GENESIS = "0".repeat(64);

    static AuditRecord balanceRead(Instant at) {
        return new AuditRecord(AuditKind.DATA_READ, "link-1", GIULIA, Scope.BALANCES, "answer", "chat:web", null, at);
    }

    /** A chain of balance reads, one a minute from 09:30. */
    static List<AuditEntry> chainOf(int length) {
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            records.add(balanceRead(MORNING.plusSeconds(60L * i)));
        }
        return AuditChain.append(AuditHead.GENESIS, records);
    }

    static List<AuditEntry> replaced(List<AuditEntry> chain, int index, AuditEntry entry) {
        List<AuditEntry> changed = new ArrayList<>(chain);
        changed.set(index, entry);
        return changed;
    }

    /** The verdict on a chain of {@link #chainOf} whose first {@code intact} entries hold, broken at {@code seq}. */
    static Verification brokenAfter(List<AuditEntry> chain, int intact, long seq, Instant recordedAt, String reason) {
        return Verification.broken(seq, recordedAt, reason, intact, MORNING, MORNING.plusSeconds(60L * (intact - 1)),
                chain.get(intact - 1).hash());
    }

    static String shown(String hash) {
        return hash.substring(0, 4) + "…";
    }

    @Test
    void hashesTheDocumentedCanonicalEncoding() throws Exception {
        String encoding = "18:sportello-audit-v1" + "1:1" + "27:2026-11-18T09:30:00.000000Z" + "9:DATA_READ" + "6:link-1"
                + "12:giulia.rossi" + "8:BALANCES" + "6:answer" + "8:chat:web" + "-" + "64:" + GENESIS;
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(encoding.getBytes(StandardCharsets.UTF_8)));

        assertThat(AuditChain.hashOf(1, balanceRead(MORNING), GENESIS)).isEqualTo(expected).matches("[0-9a-f]{64}");
        assertThat(AuditChain.hashOf(1, balanceRead(MORNING), GENESIS)).as("deterministic").isEqualTo(expected);
    }

    @Test
    void countsLengthsInUtf8Bytes() throws Exception {
        AuditRecord accented = new AuditRecord(AuditKind.LINK_REVOKED, null, null, null, null, "système", "è", MORNING);
        String encoding = "18:sportello-audit-v1" + "1:7" + "27:2026-11-18T09:30:00.000000Z" + "12:LINK_REVOKED" + "---"
                + "-" + "8:système" + "2:è" + "64:" + GENESIS;

        assertThat(AuditChain.hashOf(7, accented, GENESIS)).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(encoding.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anAbsentFieldIsNotAnEmptyOne() {
        AuditRecord absent = new AuditRecord(AuditKind.LINK_REQUESTED, null, null, null, null, "chat:web", null, MORNING);
        AuditRecord empty = new AuditRecord(AuditKind.LINK_REQUESTED, "", null, null, "", "chat:web", "", MORNING);

        assertThat(AuditChain.hashOf(1, absent, GENESIS)).isNotEqualTo(AuditChain.hashOf(1, empty, GENESIS));
    }

    @Test
    void aCharacterMovedAcrossTwoFieldsChangesTheHash() {
        AuditRecord before = new AuditRecord(AuditKind.DATA_READ, null, null, null, "ab", "c", null, MORNING);
        AuditRecord after = new AuditRecord(AuditKind.DATA_READ, null, null, null, "a", "bc", null, MORNING);

        assertThat(AuditChain.hashOf(1, before, GENESIS)).isNotEqualTo(AuditChain.hashOf(1, after, GENESIS));
    }

    @Test
    void everyFieldChangesTheHash() {
        AuditRecord base = new AuditRecord(AuditKind.DATA_READ, "link-1", GIULIA, Scope.BALANCES, "answer", "chat:web", "x", MORNING);
        Map<String, UnaryOperator<AuditRecord>> changes = Map.of(
                "recordedAt", r -> r.at(MORNING.plusNanos(1_000)),
                "kind", r -> new AuditRecord(AuditKind.DATA_REFUSED, r.linkId(), r.customerId(), r.scope(), r.purpose(), r.actor(), r.detail(), r.recordedAt()),
                "linkId", r -> new AuditRecord(r.kind(), "link-2", r.customerId(), r.scope(), r.purpose(), r.actor(), r.detail(), r.recordedAt()),
                "customerId", r -> new AuditRecord(r.kind(), r.linkId(), new CustomerId("marco.esposito"), r.scope(), r.purpose(), r.actor(), r.detail(), r.recordedAt()),
                "scope", r -> new AuditRecord(r.kind(), r.linkId(), r.customerId(), Scope.TRANSACTIONS, r.purpose(), r.actor(), r.detail(), r.recordedAt()),
                "purpose", r -> new AuditRecord(r.kind(), r.linkId(), r.customerId(), r.scope(), "notification", r.actor(), r.detail(), r.recordedAt()),
                "actor", r -> new AuditRecord(r.kind(), r.linkId(), r.customerId(), r.scope(), r.purpose(), "system", r.detail(), r.recordedAt()),
                "detail", r -> new AuditRecord(r.kind(), r.linkId(), r.customerId(), r.scope(), r.purpose(), r.actor(), "y", r.recordedAt()));
        String hash = AuditChain.hashOf(5, base, GENESIS);

        changes.forEach((field, change) -> assertThat(AuditChain.hashOf(5, change.apply(base), GENESIS)).as(field).isNotEqualTo(hash));
        assertThat(AuditChain.hashOf(6, base, GENESIS)).as("seq").isNotEqualTo(hash);
        assertThat(AuditChain.hashOf(5, base, "1" + GENESIS.substring(1))).as("previousHash").isNotEqualTo(hash);
    }

    @Test
    void keepsTimeToTheMicrosecondSoThatPostgresqlRoundTrips() {
        AuditRecord precise = balanceRead(Instant.parse("2026-11-18T09:30:00.123456789Z"));

        assertThat(precise.recordedAt()).isEqualTo(Instant.parse("2026-11-18T09:30:00.123456Z"));
        assertThat(AuditChain.hashOf(1, precise, GENESIS))
                .isEqualTo(AuditChain.hashOf(1, balanceRead(Instant.parse("2026-11-18T09:30:00.123456Z")), GENESIS));
    }

    @Test
    void refusesWhatTheTableCannotHold() {
        assertThatThrownBy(() -> new AuditRecord(AuditKind.DATA_READ, null, null, null, null, "system", "x".repeat(501), MORNING))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("detail must be at most 500 characters, got 501");
        assertThatThrownBy(() -> new AuditRecord(AuditKind.DATA_READ, null, null, null, null, " ", null, MORNING))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("actor is blank");
        assertThatThrownBy(() -> AuditChain.hashOf(1, balanceRead(null), GENESIS))
                .isInstanceOf(NullPointerException.class).hasMessage("record.recordedAt == null");
    }

    @Test
    void chainsEachEntryToTheOneBefore() {
        List<AuditEntry> chain = chainOf(3);
        List<AuditEntry> more = AuditChain.append(chain.get(2).head(), List.of(balanceRead(MORNING.plusSeconds(600))));

        assertThat(chain).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(chain.get(0).previousHash()).isEqualTo(GENESIS);
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
        assertThat(chain.get(2).previousHash()).isEqualTo(chain.get(1).hash());
        assertThat(more.get(0).seq()).isEqualTo(4);
        assertThat(more.get(0).previousHash()).isEqualTo(chain.get(2).hash());
    }

    @Test
    void anIntactChainReportsItsLengthSpanAndHead() {
        List<AuditEntry> chain = chainOf(5);

        assertThat(AuditChain.verify(chain))
                .isEqualTo(Verification.intact(5, MORNING, MORNING.plusSeconds(240), chain.get(4).hash()));
        assertThat(AuditChain.verify(List.of())).isEqualTo(Verification.intact(0, null, null, GENESIS));
    }

    @Test
    void findsAnAlteredEntry() {
        List<AuditEntry> chain = chainOf(5);
        AuditEntry third = chain.get(2);
        AuditRecord altered = new AuditRecord(AuditKind.DATA_READ, "link-1", GIULIA, Scope.TRANSACTIONS, "answer", "chat:web", null,
                third.record().recordedAt());
        String recomputed = AuditChain.hashOf(3, altered, third.previousHash());

        Verification verification = AuditChain.verify(replaced(chain, 2, new AuditEntry(3, altered, third.previousHash(), third.hash())));

        assertThat(verification).isEqualTo(brokenAfter(chain, 2, 3, MORNING.plusSeconds(120), "stored hash " + shown(third.hash())
                + " does not match the recomputed " + shown(recomputed) + ": the entry was altered"));
    }

    @Test
    void findsADeletedEntry() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(5));
        chain.remove(2);

        assertThat(AuditChain.verify(chain)).isEqualTo(brokenAfter(chain, 2, 4, MORNING.plusSeconds(180),
                "sequence jumps from 2 to 4: entry 3 was deleted"));
    }

    @Test
    void findsSeveralDeletedEntriesAndDeletedFirstOnes() {
        List<AuditEntry> chain = chainOf(6);

        assertThat(AuditChain.verify(List.of(chain.get(0), chain.get(4))).reason())
                .isEqualTo("sequence jumps from 1 to 5: entries 2..4 were deleted");
        assertThat(AuditChain.verify(chain.subList(1, 6)).reason()).isEqualTo("sequence starts at 2: entry 1 was deleted");
        assertThat(AuditChain.verify(chain.subList(3, 6)).reason()).isEqualTo("sequence starts at 4: entries 1..3 were deleted");
    }

    @Test
    void findsEntriesSwappedAndRenumbered() {
        List<AuditEntry> chain = chainOf(5);
        AuditEntry third = chain.get(2);
        AuditEntry fourth = chain.get(3);
        List<AuditEntry> swapped = new ArrayList<>(chain);
        swapped.set(2, new AuditEntry(3, fourth.record(), fourth.previousHash(), fourth.hash()));
        swapped.set(3, new AuditEntry(4, third.record(), third.previousHash(), third.hash()));

        assertThat(AuditChain.verify(swapped)).isEqualTo(brokenAfter(chain, 2, 3, MORNING.plusSeconds(180),
                "previous hash does not match entry 2's hash: an entry was removed or reordered"));
    }

    @Test
    void findsTheFirstEntryDeletedAndTheRestRenumbered() {
        List<AuditEntry> chain = chainOf(3);
        AuditEntry second = chain.get(1);

        assertThat(AuditChain.verify(List.of(new AuditEntry(1, second.record(), second.previousHash(), second.hash()))).reason())
                .isEqualTo("previous hash " + shown(second.previousHash()) + " is not the genesis hash 0000…: an entry was removed"
                        + " or reordered");
    }

    @Test
    void findsEntriesOutOfOrder() {
        List<AuditEntry> chain = chainOf(3);

        assertThat(AuditChain.verify(List.of(chain.get(0), chain.get(1), chain.get(0))).reason())
                .isEqualTo("entry 1 comes after entry 2: the entries are out of order");
    }

    @Test
    void reportsOnlyTheFirstBreak() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(6));
        chain.remove(4);
        chain.remove(1);

        assertThat(AuditChain.verify(chain).brokenAt()).isEqualTo(3);
    }

    @Test
    void noticesEntriesRemovedFromTheEndThroughTheRecordedHead() {
        List<AuditEntry> chain = chainOf(5);
        AuditChainVerifier verifier = AuditChainVerifier.upTo(chain.get(4).head());
        chain.subList(0, 3).forEach(verifier::accept);

        assertThat(verifier.verification()).isEqualTo(brokenAfter(chain, 3, 4, null,
                "the chain ends at entry 3 but the head row records entry 5: entries 4..5 were deleted"));
    }

    @Test
    void noticesTheLastEntryRewrittenWithANewHash() {
        List<AuditEntry> chain = chainOf(3);
        AuditEntry last = chain.get(2);
        AuditRecord rewritten = last.record().at(MORNING.plusSeconds(3_600));
        AuditEntry forged = new AuditEntry(3, rewritten, last.previousHash(), AuditChain.hashOf(3, rewritten, last.previousHash()));
        AuditChainVerifier verifier = AuditChainVerifier.upTo(last.head());

        replaced(chain, 2, forged).forEach(verifier::accept);

        assertThat(verifier.verification().reason()).isEqualTo("hash " + shown(forged.hash()) + " does not match the head row's "
                + shown(last.hash()) + ": the entry was rewritten with a new hash, or the head row was changed");
    }

    @Test
    void anUnreadableEntryBreaksTheChainThere() {
        List<AuditEntry> chain = chainOf(3);
        AuditChainVerifier verifier = AuditChainVerifier.upTo(chain.get(2).head());
        verifier.accept(chain.get(0));

        verifier.unreadable(2, MORNING.plusSeconds(60), "kind 'DATA_SOLD' is unknown");

        assertThat(verifier.verification()).isEqualTo(brokenAfter(chain, 1, 2, MORNING.plusSeconds(60),
                "kind 'DATA_SOLD' is unknown: the entry was altered"));
        assertThat(verifier.accept(chain.get(1))).isFalse();
    }

    @Test
    void showsAHashByItsFirstDigits() {
        assertThat(AuditLog.shown("3fa2" + "0".repeat(60))).isEqualTo("3fa2…");
    }
}
