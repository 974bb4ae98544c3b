package org.sportello.bank.adapter.out.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionSummary;
import org.sportello.bank.application.TransactionStore;
import org.sportello.bank.domain.BookedTransaction;
import org.sportello.bank.domain.Merchant;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTransactionStore implements TransactionStore {

    private static final int IN_LIST_MAX = 1_000;
    /** Rows per JDBC batch: large enough to amortise round trips, small enough to bound memory. */
    private static final int INSERT_BATCH_ROWS = 500;

    private static final String INSERT = """
            INSERT INTO bank_transaction (id, bank_reference, account_id, kind, amount_minor, currency, booked_at,
                value_date, card_last4, merchant_name, mcc, city, latitude, longitude, counterparty, description,
                balance_after_minor, fingerprint, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcTransactionStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public Map<String, StoredReference> findByReferences(Collection<String> bankReferences) {
        Map<String, StoredReference> found = new HashMap<>();
        List<String> references = List.copyOf(bankReferences);
        for (int from = 0; from < references.size(); from += IN_LIST_MAX) {
            jdbc.sql("""
                    SELECT bank_reference, id, fingerprint, balance_after_minor, currency FROM bank_transaction
                    WHERE bank_reference IN (:references)""")
                    .param("references", references.subList(from, Math.min(references.size(), from + IN_LIST_MAX)))
                    .query((rs, row) -> found.put(rs.getString("bank_reference"), new StoredReference(rs.getString("id"),
                            rs.getString("fingerprint"), Money.ofMinor(rs.getLong("balance_after_minor"), rs.getString("currency")))))
                    .list();
        }
        return found;
    }

    @Override
    public void insertAll(List<BookedTransaction> transactions) {
        batch.batchUpdate(INSERT, transactions, INSERT_BATCH_ROWS, JdbcTransactionStore::bind);
    }

    static void bind(PreparedStatement insert, BookedTransaction transaction) throws SQLException {
        TransactionDraft draft = transaction.draft();
        Merchant merchant = draft.merchant();
        insert.setString(1, transaction.id());
        insert.setString(2, draft.bankReference());
        insert.setString(3, transaction.accountId());
        insert.setString(4, draft.kind().name());
        insert.setLong(5, draft.amount().minorUnits());
        insert.setString(6, draft.amount().currency().getCurrencyCode());
        insert.setObject(7, utc(draft.bookedAt()));
        insert.setObject(8, draft.valueDate());
        insert.setString(9, draft.cardLast4());
        insert.setString(10, merchant == null ? null : merchant.name());
        insert.setString(11, merchant == null ? null : merchant.mcc());
        insert.setString(12, merchant == null ? null : merchant.city());
        if (merchant != null && merchant.location() != null) {
            insert.setDouble(13, merchant.location().latitude());
            insert.setDouble(14, merchant.location().longitude());
        } else {
            insert.setNull(13, Types.DOUBLE);
            insert.setNull(14, Types.DOUBLE);
        }
        insert.setString(15, draft.counterparty());
        insert.setString(16, draft.description());
        insert.setLong(17, transaction.balanceAfter().minorUnits());
        insert.setString(18, transaction.fingerprint());
        insert.setObject(19, utc(transaction.recordedAt()));
    }

    @Override
    public List<TransactionSummary> recentOf(CustomerId customer, int limit) {
        return new ArrayList<>(jdbc.sql("""
                SELECT t.id, a.iban, t.kind, t.amount_minor, t.currency, t.booked_at, t.merchant_name, t.counterparty,
                       t.card_last4
                FROM bank_transaction t JOIN bank_account a ON a.id = t.account_id
                WHERE a.customer_id = :customer
                ORDER BY t.booked_at DESC, t.id DESC
                LIMIT :limit""")
                .param("customer", customer.value())
                .param("limit", limit)
                .query((rs, row) -> new TransactionSummary(rs.getString("id"), Iban.parse(rs.getString("iban")).masked(),
                        TransactionKind.valueOf(rs.getString("kind")),
                        Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
                        rs.getObject("booked_at", OffsetDateTime.class).toInstant(),
                        rs.getString("merchant_name") != null ? rs.getString("merchant_name") : rs.getString("counterparty"),
                        rs.getString("card_last4")))
                .list());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
