package org.sportello.bank.adapter.out.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.bank.TransactionSummary;
import org.sportello.bank.application.TransactionStore;
import org.sportello.bank.domain.BookedTransaction;
import org.sportello.bank.domain.ForeignAmount;
import org.sportello.bank.domain.KnownTransaction;
import org.sportello.bank.domain.Merchant;
import org.sportello.bank.domain.TransactionDetails;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTransactionStore implements TransactionStore {

    private static final int IN_LIST_MAX = 1_000;
    /** Rows per JDBC batch: large enough to amortise round trips, small enough to bound memory. */
    private static final int BATCH_ROWS = 500;

    private static final String INSERT = """
            INSERT INTO bank_transaction (id, bank_reference, account_id, status, kind, amount_minor, currency, booked_at,
                value_date, card_last4, merchant_name, mcc, city, latitude, longitude, counterparty, counterparty_iban,
                description, end_to_end_id, bank_transaction_code, original_amount, original_currency, exchange_rate,
                reversal, related_reference, original_transaction_id, category, category_primary, merchant,
                balance_after_minor, fingerprint, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String SETTLE = """
            UPDATE bank_transaction SET status = 'BOOKED', booked_at = ?, value_date = ?, description = ?, fingerprint = ?
            WHERE id = ? AND status = 'PENDING'""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcTransactionStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public Map<String, KnownTransaction> findByReferences(Collection<String> bankReferences) {
        Map<String, KnownTransaction> found = new HashMap<>();
        List<String> references = List.copyOf(bankReferences);
        for (int from = 0; from < references.size(); from += IN_LIST_MAX) {
            jdbc.sql("""
                    SELECT bank_reference, id, account_id, status, amount_minor, currency, fingerprint, balance_after_minor
                    FROM bank_transaction WHERE bank_reference IN (:references)""")
                    .param("references", references.subList(from, Math.min(references.size(), from + IN_LIST_MAX)))
                    .query((rs, row) -> found.put(rs.getString("bank_reference"), new KnownTransaction(rs.getString("id"),
                            rs.getString("account_id"), TransactionStatus.valueOf(rs.getString("status")),
                            rs.getLong("amount_minor"), rs.getString("currency"), rs.getString("fingerprint"),
                            rs.getLong("balance_after_minor"))))
                    .list();
        }
        return found;
    }

    @Override
    public void insertAll(List<BookedTransaction> transactions) {
        batch.batchUpdate(INSERT, transactions, BATCH_ROWS, JdbcTransactionStore::bind);
    }

    @Override
    public void settleAll(List<Settlement> settlements) {
        int[][] updated = batch.batchUpdate(SETTLE, settlements, BATCH_ROWS, (update, settlement) -> {
            update.setObject(1, utc(settlement.booked().bookedAt()));
            update.setObject(2, settlement.booked().valueDate());
            update.setString(3, settlement.booked().description());
            update.setString(4, settlement.fingerprint());
            update.setString(5, settlement.transactionId());
        });
        for (int[] rows : updated) {
            for (int count : rows) {
                if (count == 0) {
                    // Another request settled it between our read and this update: start again.
                    throw new DuplicateKeyException("pending transaction settled concurrently");
                }
            }
        }
    }

    @Override
    public Optional<String> findRefunded(String accountId, String merchantName, long paymentAmountMinor, Instant since) {
        return jdbc.sql("""
                        SELECT id FROM bank_transaction
                        WHERE account_id = :account AND kind = 'CARD_PAYMENT' AND merchant_name = :merchant
                          AND amount_minor = :amount AND booked_at >= :since
                        ORDER BY booked_at DESC LIMIT 1""")
                .param("account", accountId)
                .param("merchant", merchantName)
                .param("amount", paymentAmountMinor)
                .param("since", utc(since))
                .query(String.class)
                .optional();
    }

    static void bind(PreparedStatement insert, BookedTransaction transaction) throws SQLException {
        TransactionDraft draft = transaction.draft();
        Merchant merchant = draft.merchant();
        TransactionDetails details = draft.details();
        ForeignAmount original = details.original();
        insert.setString(1, transaction.id());
        insert.setString(2, draft.bankReference());
        insert.setString(3, transaction.accountId());
        insert.setString(4, draft.status().name());
        insert.setString(5, draft.kind().name());
        insert.setLong(6, draft.amount().minorUnits());
        insert.setString(7, draft.amount().currency().getCurrencyCode());
        insert.setObject(8, utc(draft.bookedAt()));
        insert.setObject(9, draft.valueDate());
        insert.setString(10, draft.cardLast4());
        insert.setString(11, merchant == null ? null : merchant.name());
        insert.setString(12, merchant == null ? null : merchant.mcc());
        insert.setString(13, merchant == null ? null : merchant.city());
        setCoordinates(insert, merchant);
        insert.setString(16, draft.counterparty());
        insert.setString(17, details.counterpartyIban() == null ? null : details.counterpartyIban().value());
        insert.setString(18, draft.description());
        insert.setString(19, details.endToEndId());
        insert.setString(20, details.bankTransactionCode());
        insert.setBigDecimal(21, original == null ? null : original.amount());
        insert.setString(22, original == null ? null : original.currency().getCurrencyCode());
        insert.setBigDecimal(23, original == null ? null : original.rate());
        insert.setBoolean(24, details.reversal());
        insert.setString(25, details.reversedReference());
        insert.setString(26, transaction.originalTransactionId());
        insert.setString(27, transaction.category());
        insert.setString(28, transaction.categoryPrimary());
        insert.setString(29, transaction.merchant());
        insert.setLong(30, transaction.balanceAfter().minorUnits());
        insert.setString(31, transaction.fingerprint());
        insert.setObject(32, utc(transaction.recordedAt()));
    }

    private static void setCoordinates(PreparedStatement insert, Merchant merchant) throws SQLException {
        if (merchant != null && merchant.location() != null) {
            insert.setDouble(14, merchant.location().latitude());
            insert.setDouble(15, merchant.location().longitude());
        } else {
            insert.setNull(14, Types.DOUBLE);
            insert.setNull(15, Types.DOUBLE);
        }
    }

    @Override
    public List<TransactionSummary> recentOf(CustomerId customer, int limit) {
        return jdbc.sql("""
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
                .list();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
