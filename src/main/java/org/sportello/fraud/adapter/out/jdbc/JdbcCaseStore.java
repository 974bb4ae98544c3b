package org.sportello.fraud.adapter.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.sportello.fraud.CaseStatus;
import org.sportello.fraud.FraudCase;
import org.sportello.fraud.FraudReason;
import org.sportello.fraud.application.CaseStore;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Money;
import org.sportello.shared.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcCaseStore implements CaseStore {

    private static final String COLUMNS = "id, alert_key, customer_id, source, card_last4, transaction_ref, amount_minor, currency, merchant,"
            + " occurred_at, reasons, status, chats_told, card_frozen, created_at, reminded_at, escalated_at, answered_at";
    private static final TypeReference<List<FraudReason>> REASONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcCaseStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean addIfAbsent(FraudCase c) {
        return jdbc.sql("INSERT INTO fraud_case (id, alert_key, customer_id, source, card_last4, transaction_ref, amount_minor, currency, merchant,"
                        + " occurred_at, reasons, status, created_at) VALUES (:id, :alert, :customer, :source, :card, :ref, :amount, :currency,"
                        + " :merchant, :occurred, :reasons, :status, :created) ON CONFLICT DO NOTHING")
                .param("id", c.caseId()).param("alert", c.alertKey()).param("customer", c.customer().value()).param("source", c.source().name())
                .param("card", c.cardLast4()).param("ref", c.transactionRef()).param("amount", c.amount().minorUnits())
                .param("currency", c.amount().currency().getCurrencyCode()).param("merchant", c.merchant())
                .param("occurred", UtcTimes.utc(c.occurredAt())).param("reasons", json.writeValueAsString(c.reasons()))
                .param("status", c.status().name()).param("created", UtcTimes.utc(c.createdAt()))
                .update() == 1;
    }

    @Override
    public Optional<FraudCase> find(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fraud_case WHERE id = :id").param("id", caseId).query(this::fraudCase).optional();
    }

    @Override
    public Optional<FraudCase> findByAlert(String alertKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fraud_case WHERE alert_key = :key").param("key", alertKey).query(this::fraudCase)
                .optional();
    }

    @Override
    public boolean move(String caseId, CaseStatus from, CaseStatus to, Instant at) {
        String stamp = to == CaseStatus.ESCALATED ? "escalated_at" : "answered_at";
        return jdbc.sql("UPDATE fraud_case SET status = :to, " + stamp + " = :at WHERE id = :id AND status = :from")
                .param("to", to.name()).param("at", UtcTimes.utc(at)).param("id", caseId).param("from", from.name()).update() == 1;
    }

    @Override
    public void told(String caseId, int chats) {
        jdbc.sql("UPDATE fraud_case SET chats_told = :chats WHERE id = :id").param("chats", chats).param("id", caseId).update();
    }

    @Override
    public void cardFrozen(String caseId) {
        jdbc.sql("UPDATE fraud_case SET card_frozen = TRUE WHERE id = :id").param("id", caseId).update();
    }

    @Override
    public void reminded(String caseId, Instant at) {
        jdbc.sql("UPDATE fraud_case SET reminded_at = :at WHERE id = :id").param("at", UtcTimes.utc(at)).param("id", caseId).update();
    }

    @Override
    public List<FraudCase> openOf(CustomerId customer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fraud_case WHERE customer_id = :customer AND status IN ('AWAITING_CUSTOMER', 'ESCALATED')"
                        + " ORDER BY created_at DESC, id DESC")
                .param("customer", customer.value()).query(this::fraudCase).list();
    }

    @Override
    public List<FraudCase> unremindedBefore(Instant before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fraud_case WHERE status = 'AWAITING_CUSTOMER' AND reminded_at IS NULL"
                        + " AND created_at <= :before ORDER BY created_at LIMIT :limit")
                .param("before", UtcTimes.utc(before)).param("limit", limit).query(this::fraudCase).list();
    }

    @Override
    public List<FraudCase> awaitingBefore(Instant before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fraud_case WHERE status = 'AWAITING_CUSTOMER' AND created_at <= :before"
                        + " ORDER BY created_at LIMIT :limit")
                .param("before", UtcTimes.utc(before)).param("limit", limit).query(this::fraudCase).list();
    }

    @Override
    public List<FraudCase> list(List<CaseStatus> statuses, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fraud_case WHERE status IN (:statuses) ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("statuses", statuses.stream().map(Enum::name).toList()).param("limit", limit).query(this::fraudCase).list();
    }

    private FraudCase fraudCase(ResultSet rs, int row) throws SQLException {
        return new FraudCase(rs.getString("id"), rs.getString("alert_key"), new CustomerId(rs.getString("customer_id")),
                FraudCase.Source.valueOf(rs.getString("source")), rs.getString("card_last4"), rs.getString("transaction_ref"),
                Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")), rs.getString("merchant"),
                instant(rs, "occurred_at"), json.readValue(rs.getString("reasons"), REASONS), CaseStatus.valueOf(rs.getString("status")),
                rs.getInt("chats_told"), rs.getBoolean("card_frozen"), instant(rs, "created_at"), instant(rs, "reminded_at"),
                instant(rs, "escalated_at"), instant(rs, "answered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return UtcTimes.instant(rs.getObject(column, OffsetDateTime.class));
    }
}
