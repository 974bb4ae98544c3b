package org.sportello.consent.adapter.out.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.sportello.consent.application.AuditStore;
import org.sportello.consent.domain.audit.AuditEntry;
import org.sportello.consent.domain.audit.AuditHead;
import org.sportello.consent.domain.audit.AuditKind;
import org.sportello.consent.domain.audit.AuditRecord;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditStore implements AuditStore {

    private static final String COLUMNS =
            "seq, recorded_at, kind, link_id, customer_id, scope, purpose, actor, detail, previous_hash, hash";
    private static final String INSERT = "INSERT INTO consent_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String HEAD = "SELECT seq, hash FROM consent_audit_head WHERE id = 1";

    /** Keeps IN lists well below every driver's parameter limit. */
    private static final int IN_LIST_MAX = 1_000;
    /** Rows per JDBC batch: large enough to amortise round trips, small enough to bound memory. */
    private static final int BATCH_ROWS = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcAuditStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public AuditHead lockHead() {
        return jdbc.sql(HEAD + " FOR UPDATE").query(JdbcAuditStore::headOf).single();
    }

    @Override
    public AuditHead head() {
        return jdbc.sql(HEAD).query(JdbcAuditStore::headOf).single();
    }

    @Override
    public void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        batch.batchUpdate(INSERT, entries, BATCH_ROWS, JdbcAuditStore::bind);
        AuditEntry last = entries.get(entries.size() - 1);
        int moved = jdbc.sql("UPDATE consent_audit_head SET seq = :seq, hash = :hash WHERE id = 1 AND seq = :previousSeq")
                .param("seq", last.seq())
                .param("hash", last.hash())
                .param("previousSeq", entries.get(0).seq() - 1)
                .update();
        if (moved != 1) {
            throw new IllegalStateException("audit head moved while locked: expected it at entry " + (entries.get(0).seq() - 1));
        }
    }

    @Override
    public void readAfter(long afterSeq, long untilSeq, int limit, Consumer<AuditEntry> each) {
        RowCallbackHandler handOver = rs -> each.accept(entry(rs));
        jdbc.sql("SELECT " + COLUMNS + " FROM consent_audit WHERE seq > :after AND seq <= :until ORDER BY seq LIMIT :limit")
                .param("after", afterSeq)
                .param("until", untilSeq)
                .param("limit", limit)
                .query(handOver);
    }

    @Override
    public List<AuditEntry> entriesOf(CustomerId customer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_audit WHERE customer_id = :customer ORDER BY seq")
                .param("customer", customer.value())
                .query((rs, row) -> entry(rs))
                .list();
    }

    @Override
    public List<AuditEntry> entriesOfLinks(Collection<String> linkIds) {
        List<String> ids = linkIds.stream().distinct().toList();
        List<AuditEntry> entries = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST_MAX) {
            entries.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM consent_audit WHERE link_id IN (:links)")
                    .param("links", ids.subList(from, Math.min(ids.size(), from + IN_LIST_MAX)))
                    .query((rs, row) -> entry(rs))
                    .list());
        }
        entries.sort(Comparator.comparingLong(AuditEntry::seq));
        return entries;
    }

    private static AuditHead headOf(ResultSet rs, int row) throws SQLException {
        return new AuditHead(rs.getLong("seq"), rs.getString("hash"));
    }

    private static void bind(PreparedStatement insert, AuditEntry entry) throws SQLException {
        AuditRecord record = entry.record();
        insert.setLong(1, entry.seq());
        insert.setObject(2, record.recordedAt().atOffset(ZoneOffset.UTC));
        insert.setString(3, record.kind().name());
        insert.setString(4, record.linkId());
        insert.setString(5, record.customerId() == null ? null : record.customerId().value());
        insert.setString(6, record.scope() == null ? null : record.scope().name());
        insert.setString(7, record.purpose());
        insert.setString(8, record.actor());
        insert.setString(9, record.detail());
        insert.setString(10, entry.previousHash());
        insert.setString(11, entry.hash());
    }

    /** A row as an entry; one that no entry can be (a kind or scope renamed, a blank actor) is reported, not thrown away. */
    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long seq = rs.getLong("seq");
        Instant recordedAt = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
        try {
            String customer = rs.getString("customer_id");
            String scope = rs.getString("scope");
            AuditRecord record = new AuditRecord(enumValue(AuditKind.class, "kind", rs.getString("kind")), rs.getString("link_id"),
                    customer == null ? null : new CustomerId(customer), scope == null ? null : enumValue(Scope.class, "scope", scope),
                    rs.getString("purpose"), rs.getString("actor"), rs.getString("detail"), recordedAt);
            return new AuditEntry(seq, record, rs.getString("previous_hash"), rs.getString("hash"));
        } catch (IllegalArgumentException unreadable) {
            throw new UnreadableAuditEntry(seq, recordedAt, unreadable.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String column, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(column + " '" + value + "' is unknown", unknown);
        }
    }
}
