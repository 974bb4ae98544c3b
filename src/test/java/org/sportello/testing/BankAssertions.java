package org.sportello.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invariants of the bank's books, checked straight in the database. */
public final class BankAssertions {

    private BankAssertions() {
    }

    /**
     * No money created or destroyed: each account's booked balance is the sum of its BOOKED
     * transactions, and its pending sum the sum of its PENDING ones.
     */
    public static void assertBalancesAreSumsOfTransactions(JdbcClient jdbc) {
        List<String> mismatches = jdbc.sql("""
                        SELECT a.account_id, a.balance_minor, a.pending_minor,
                               COALESCE(SUM(CASE WHEN t.status = 'BOOKED' THEN t.amount_minor END), 0) AS booked,
                               COALESCE(SUM(CASE WHEN t.status = 'PENDING' THEN t.amount_minor END), 0) AS pending
                        FROM bank_balance a LEFT JOIN bank_transaction t ON t.account_id = a.account_id
                        GROUP BY a.account_id, a.balance_minor, a.pending_minor
                        HAVING a.balance_minor <> COALESCE(SUM(CASE WHEN t.status = 'BOOKED' THEN t.amount_minor END), 0)
                            OR a.pending_minor <> COALESCE(SUM(CASE WHEN t.status = 'PENDING' THEN t.amount_minor END), 0)""")
                .query((rs, row) -> rs.getString("account_id") + ": booked " + rs.getLong("balance_minor") + " <> " + rs.getLong("booked")
                        + ", pending " + rs.getLong("pending_minor") + " <> " + rs.getLong("pending"))
                .list();
        assertThat(mismatches).as("accounts whose balance is not the sum of their transactions").isEmpty();
    }
}
