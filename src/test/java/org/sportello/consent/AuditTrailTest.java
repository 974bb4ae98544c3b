package org.sportello.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sportello.consent.AuditLog.Verification;
import org.sportello.consent.application.AuditTrail;
import org.sportello.consent.domain.audit.AuditChain;
import org.sportello.consent.domain.audit.AuditEntry;
import org.sportello.consent.domain.audit.AuditKind;
import org.sportello.consent.domain.audit.AuditRecord;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail on the database: chained appends, concurrent writers, tampering found, records that outlive a rollback. */
@SportelloIntegrationTest
class AuditTrailTest {

    static final Instant NOW = Instant.parse(SportelloIntegrationTest.NOW);

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final String link = "audit-" + UUID.randomUUID();
    final CustomerId customer = new CustomerId("audit-" + UUID.randomUUID());
    final ExecutorService writers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopWriters() throws InterruptedException {
        writers.shutdownNow();
        assertThat(writers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    AuditRecord read(Scope scope) {
        return new AuditRecord(AuditKind.DATA_READ, link, customer, scope, "answer", "chat:web", null, null);
    }

    List<AuditEntry> entries() {
        return trail.entriesOfLinks(List.of(link));
    }

    Verification verify() {
        return log.verify(entries -> { });
    }

    /** Verifies while the database is changed behind Sportello's back, then puts it back for the other tests. */
    Verification verifyWhileChanged(Runnable change, Runnable undo, LongConsumer progress) {
        change.run();
        try {
            return log.verify(progress);
        } finally {
            undo.run();
        }
    }

    void updateSeq(String update, long seq) {
        assertThat(jdbc.sql(update).param("seq", seq).update()).isEqualTo(1);
    }

    static String shown(String hash) {
        return hash.substring(0, 4) + "…";
    }

    @Test
    void chainsEachRecordToTheOneCommittedBefore() {
        trail.recordAll(List.of(read(Scope.BALANCES), read(Scope.TRANSACTIONS)));
        trail.record(new AuditRecord(AuditKind.LINK_REVOKED, link, customer, null, null, "customer", "CUSTOMER",
                Instant.parse("2026-11-18T09:45:00.123456789Z")));

        List<AuditEntry> entries = entries();

        assertThat(entries).extracting(entry -> entry.record().kind())
                .containsExactly(AuditKind.DATA_READ, AuditKind.DATA_READ, AuditKind.LINK_REVOKED);
        assertThat(entries).extracting(entry -> entry.record().recordedAt())
                .containsExactly(NOW, NOW, Instant.parse("2026-11-18T09:45:00.123456Z"));
        assertThat(entries.get(1).seq()).isEqualTo(entries.get(0).seq() + 1);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        for (AuditEntry entry : entries) {
            assertThat(entry.hash()).isEqualTo(AuditChain.hashOf(entry.seq(), entry.record(), entry.previousHash()));
            assertThat(jdbc.sql("SELECT hash FROM consent_audit WHERE seq = :seq").param("seq", entry.seq() - 1)
                    .query(String.class).optional().orElse("0".repeat(64))).isEqualTo(entry.previousHash());
        }
        assertThat(trail.entriesOf(customer)).isEqualTo(entries);
        assertThat(verify().intact()).as(verify().reason()).isTrue();
    }

    @Test
    void concurrentWritersTakeTurnsWithoutGapsOrForks() {
        List<CompletableFuture<Void>> writes = IntStream.range(0, 4)
                .mapToObj(writer -> CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 20; i++) {
                        trail.record(read(Scope.BALANCES));
                    }
                    trail.recordAll(List.of(read(Scope.ACCOUNTS), read(Scope.TRANSACTIONS), read(Scope.NOTIFICATIONS)));
                }, writers))
                .toList();

        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS).join();

        assertThat(entries()).hasSize(4 * 23).extracting(AuditEntry::seq).doesNotHaveDuplicates();
        Long stored = jdbc.sql("SELECT COUNT(*) FROM consent_audit").query(Long.class).single();
        assertThat(jdbc.sql("SELECT MIN(seq) FROM consent_audit").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT MAX(seq) FROM consent_audit").query(Long.class).single()).isEqualTo(stored);
        Verification verification = verify();
        assertThat(verification.intact()).as(verification.reason()).isTrue();
        assertThat(verification.entries()).isGreaterThanOrEqualTo(stored);
    }

    @Test
    void anEntryChangedInTheDatabaseIsReportedBySeq() {
        trail.recordAll(List.of(read(Scope.ACCOUNTS), read(Scope.BALANCES), read(Scope.TRANSACTIONS)));
        AuditEntry middle = entries().get(1);
        AuditRecord tampered = new AuditRecord(AuditKind.DATA_READ, link, customer, Scope.PAYMENTS, "answer", "chat:web", null, NOW);
        List<Long> progress = new ArrayList<>();

        Verification verification = verifyWhileChanged(
                () -> updateSeq("UPDATE consent_audit SET scope = 'PAYMENTS' WHERE seq = :seq", middle.seq()),
                () -> updateSeq("UPDATE consent_audit SET scope = 'BALANCES' WHERE seq = :seq", middle.seq()), progress::add);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAt()).isEqualTo(middle.seq());
        assertThat(verification.brokenRecordedAt()).isEqualTo(NOW);
        assertThat(verification.reason()).isEqualTo("stored hash " + shown(middle.hash()) + " does not match the recomputed "
                + shown(AuditChain.hashOf(middle.seq(), tampered, middle.previousHash())) + ": the entry was altered");
        assertThat(verification.entries()).isEqualTo(middle.seq() - 1);
        assertThat(verification.headHash()).isEqualTo(middle.previousHash());
        assertThat(progress).last().isEqualTo(middle.seq() - 1);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aRowNoRecordCanHoldIsReportedNotThrown() {
        trail.record(read(Scope.BALANCES));
        AuditEntry entry = entries().get(0);

        Verification verification = verifyWhileChanged(
                () -> updateSeq("UPDATE consent_audit SET kind = 'DATA_SOLD' WHERE seq = :seq", entry.seq()),
                () -> updateSeq("UPDATE consent_audit SET kind = 'DATA_READ' WHERE seq = :seq", entry.seq()), entries -> { });

        assertThat(verification.brokenAt()).isEqualTo(entry.seq());
        assertThat(verification.reason()).isEqualTo("kind 'DATA_SOLD' is unknown: the entry was altered");
        assertThat(verification.entries()).isEqualTo(entry.seq() - 1);
    }

    @Test
    void theLastEntryDeletedIsNoticedThroughTheHeadRow() {
        trail.record(read(Scope.BALANCES));
        AuditEntry last = entries().get(0);

        Verification verification = verifyWhileChanged(() -> updateSeq("DELETE FROM consent_audit WHERE seq = :seq", last.seq()),
                () -> reinsert(last), entries -> { });

        assertThat(verification.brokenAt()).isEqualTo(last.seq());
        assertThat(verification.brokenRecordedAt()).isNull();
        assertThat(verification.reason()).isEqualTo("the chain ends at entry " + (last.seq() - 1) + " but the head row records entry "
                + last.seq() + ": entry " + last.seq() + " was deleted");
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aRecordOutlivesTheRollbackOfItsCallersTransaction() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(read(Scope.BALANCES));
            status.setRollbackOnly();
        });

        assertThat(entries()).hasSize(1);
    }

    @Test
    void aReadOnlyCallerCanAudit() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> trail.record(read(Scope.TRANSACTIONS)));

        assertThat(entries()).extracting(entry -> entry.record().scope()).containsExactly(Scope.TRANSACTIONS);
    }

    private void reinsert(AuditEntry entry) {
        AuditRecord record = entry.record();
        jdbc.sql("""
                        INSERT INTO consent_audit (seq, recorded_at, kind, link_id, customer_id, scope, purpose, actor, detail,
                            previous_hash, hash)
                        VALUES (:seq, :recordedAt, :kind, :link, :customer, :scope, :purpose, :actor, :detail, :previousHash, :hash)""")
                .param("seq", entry.seq())
                .param("recordedAt", record.recordedAt().atOffset(ZoneOffset.UTC))
                .param("kind", record.kind().name())
                .param("link", record.linkId())
                .param("customer", record.customerId().value())
                .param("scope", record.scope().name())
                .param("purpose", record.purpose())
                .param("actor", record.actor())
                .param("detail", record.detail())
                .param("previousHash", entry.previousHash())
                .param("hash", entry.hash())
                .update();
    }
}
