package org.sportello.bank.adapter.out.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The merchant or counterparty as the categoriser normalised it ("ESSELUNGA MILANO" is Esselunga). */
    static final String MERCHANT = "t.merchant";

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

    /**
     * The rows of the period, grouped here by merchant and month: grouping a couple of thousand
     * rows in Java costs a fraction of what two GROUP BY passes cost in H2.
     */
    @Override
    public List<MonthlyFlow> monthlyFlows(CustomerId customer, LocalDate since, LocalDate until) {
        Map<String, Map<YearMonth, FlowBuilder>> flows = new HashMap<>();
        jdbc.sql("""
                        SELECT t.merchant, t.category, t.currency, t.value_date, t.amount_minor
                        FROM bank_transaction t JOIN bank_account a ON a.id = t.account_id
                        WHERE a.customer_id = :customer AND t.booked_at >= :sinceInstant AND t.value_date >= :since
                          AND t.value_date <= :until AND t.status = 'BOOKED' AND t.merchant IS NOT NULL
                          AND t.kind IN ('CARD_PAYMENT', 'DIRECT_DEBIT', 'TRANSFER_OUT', 'TRANSFER_IN', 'SALARY')""")
                .param("customer", customer.value())
                .param("since", since)
                .param("until", until)
                .param("sinceInstant", utc(since.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query(rs -> {
                    LocalDate date = rs.getObject("value_date", LocalDate.class);
                    String merchant = rs.getString("merchant");
                    String currency = rs.getString("currency");
                    flows.computeIfAbsent(merchant + "\u001f" + currency, key -> new HashMap<>())
                            .computeIfAbsent(YearMonth.from(date), month -> new FlowBuilder(merchant, currency, month))
                            .add(rs.getString("category"), date, rs.getLong("amount_minor"));
                });
        List<MonthlyFlow> result = new ArrayList<>();
        long monthsMax = ChronoUnit.MONTHS.between(since, until) + 1;
        for (Map<YearMonth, FlowBuilder> months : flows.values()) {
            int count = months.values().stream().mapToInt(flow -> flow.count).sum();
            if (count >= 3 && count <= 2 * monthsMax) { // a shop visited every week cannot be a monthly payment
                months.values().forEach(flow -> result.add(flow.build()));
            }
        }
        return result;
    }

    /** One merchant's month, summed up row by row. */
    private static final class FlowBuilder {
        private final String name;
        private final String currency;
        private final YearMonth month;
        private String category;
        private int count;
        private long sum;
        private long min = Long.MAX_VALUE;
        private long max = Long.MIN_VALUE;
        private long days;
        private LocalDate last;

        FlowBuilder(String name, String currency, YearMonth month) {
            this.name = name;
            this.currency = currency;
            this.month = month;
        }

        void add(String rowCategory, LocalDate date, long amount) {
            category = category == null || (rowCategory != null && rowCategory.compareTo(category) > 0) ? rowCategory : category;
            count++;
            sum += amount;
            min = Math.min(min, amount);
            max = Math.max(max, amount);
            days += date.getDayOfMonth();
            last = last == null || date.isAfter(last) ? date : last;
        }

        MonthlyFlow build() {
            return new MonthlyFlow(name, category, currency, month, count, sum, min, max, (int) Math.round((double) days / count), last);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
