package org.sportello.bank.adapter.out.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.sportello.bank.SpendingFacts.Grouping;
import org.sportello.bank.SpendingFacts.Total;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionSummary;
import org.sportello.bank.application.SpendingStore;
import org.sportello.bank.domain.MonthlyFlow;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Spending aggregates in SQL that H2 and PostgreSQL both run, on the (account, booked_at) index.
 * Spending: money out, and card refunds back, that is not a transfer, a withdrawal or income.
 */
@Repository
class JdbcSpendingStore implements SpendingStore {

    static final String MERCHANT = "COALESCE(t.merchant, t.merchant_name, t.counterparty)";

    private static final String SPENDING = """
            FROM bank_transaction t JOIN bank_account a ON a.id = t.account_id
            WHERE a.customer_id = :customer AND t.booked_at >= :from AND t.booked_at < :to
              AND (t.amount_minor < 0 OR t.kind = 'CARD_REFUND') AND t.kind <> 'CASH_WITHDRAWAL'
              AND (t.category_primary IS NULL OR t.category_primary NOT IN ('TRANSFER_IN', 'TRANSFER_OUT', 'INCOME'))
            """;

    /** Group columns by grouping: fixed expressions, never text from a request. */
    private static final Map<Grouping, String> GROUP_BY = Map.of(
            Grouping.CATEGORY, "t.category",
            Grouping.PRIMARY_CATEGORY, "t.category_primary",
            Grouping.MERCHANT, MERCHANT);

    private final JdbcClient jdbc;

    JdbcSpendingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Total> totals(CustomerId customer, Instant from, Instant to, Grouping grouping) {
        String key = GROUP_BY.get(grouping);
        return jdbc.sql("SELECT " + key + " AS grouped, t.currency, -SUM(t.amount_minor) AS spent, COUNT(*) AS n " + SPENDING
                        + " GROUP BY " + key + ", t.currency ORDER BY spent DESC, grouped")
                .param("customer", customer.value())
                .param("from", utc(from))
                .param("to", utc(to))
                .query((rs, row) -> new Total(rs.getString("grouped"), Money.ofMinor(rs.getLong("spent"), rs.getString("currency")),
                        rs.getLong("n")))
                .list();
    }

    @Override
    public Total total(CustomerId customer, Instant from, Instant to, String category, String merchant) {
        List<Total> totals = jdbc.sql("SELECT t.currency, -SUM(t.amount_minor) AS spent, COUNT(*) AS n " + SPENDING
                        + " AND (CAST(:category AS VARCHAR(60)) IS NULL OR t.category = :category OR t.category_primary = :category)"
                        + " AND (CAST(:merchant AS VARCHAR(140)) IS NULL OR LOWER(" + MERCHANT + ") = LOWER(:merchant))"
                        + " GROUP BY t.currency ORDER BY n DESC")
                .param("customer", customer.value())
                .param("from", utc(from))
                .param("to", utc(to))
                .param("category", category)
                .param("merchant", merchant)
                .query((rs, row) -> new Total(category != null ? category : merchant,
                        Money.ofMinor(rs.getLong("spent"), rs.getString("currency")), rs.getLong("n")))
                .list();
        return totals.isEmpty() ? new Total(category != null ? category : merchant, Money.ofMinor(0, "EUR"), 0) : totals.get(0);
    }

    @Override
    public List<TransactionSummary> largestExpenses(CustomerId customer, Instant from, Instant to, int limit) {
        return jdbc.sql("SELECT t.id, a.iban, t.kind, t.amount_minor, t.currency, t.booked_at, " + MERCHANT + " AS name,"
                        + " t.card_last4 " + SPENDING + " AND t.amount_minor < 0 ORDER BY t.amount_minor, t.booked_at DESC LIMIT :limit")
                .param("customer", customer.value())
                .param("from", utc(from))
                .param("to", utc(to))
                .param("limit", limit)
                .query((rs, row) -> new TransactionSummary(rs.getString("id"), Iban.parse(rs.getString("iban")).masked(),
                        TransactionKind.valueOf(rs.getString("kind")), Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
                        rs.getObject("booked_at", OffsetDateTime.class).toInstant(), rs.getString("name"), rs.getString("card_last4")))
                .list();
    }

    @Override
    public List<MonthlyFlow> monthlyFlows(CustomerId customer, LocalDate since) {
        return jdbc.sql("""
                        SELECT %s AS name, MAX(t.category) AS category, t.currency,
                               EXTRACT(YEAR FROM t.value_date) AS y, EXTRACT(MONTH FROM t.value_date) AS m,
                               COUNT(*) AS n, SUM(t.amount_minor) AS total, MIN(t.amount_minor) AS smallest,
                               MAX(t.amount_minor) AS largest, AVG(EXTRACT(DAY FROM t.value_date)) AS day_average, MAX(t.value_date) AS last_date
                        FROM bank_transaction t JOIN bank_account a ON a.id = t.account_id
                        WHERE a.customer_id = :customer AND t.value_date >= :since AND t.status = 'BOOKED'
                          AND t.kind IN ('CARD_PAYMENT', 'DIRECT_DEBIT', 'TRANSFER_OUT', 'TRANSFER_IN', 'SALARY')
                          AND %s IS NOT NULL
                        GROUP BY %s, t.currency, EXTRACT(YEAR FROM t.value_date), EXTRACT(MONTH FROM t.value_date)
                        """.formatted(MERCHANT, MERCHANT, MERCHANT))
                .param("customer", customer.value())
                .param("since", since)
                .query((rs, row) -> new MonthlyFlow(rs.getString("name"), rs.getString("category"), rs.getString("currency"),
                        YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getInt("n"), rs.getLong("total"), rs.getLong("smallest"),
                        rs.getLong("largest"), (int) Math.round(rs.getDouble("day_average")), rs.getObject("last_date", LocalDate.class)))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
