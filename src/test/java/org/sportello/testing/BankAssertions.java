package org.sportello.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invariants of the bank's books, checked straight in the database. */
public final class BankAssertions {

    private BankAssertions() {
    }

    /** No money created or destroyed: each account's balance is the sum of its transactions. */
    public static void assertBalancesAreSumsOfTransactions(JdbcClient jdbc) {
        List<String> mismatches = jdbc.sql("""
                        SELECT a.id, a.balance_minor, SUM(t.amount_minor) AS total FROM bank_account a
                        JOIN bank_transaction t ON t.account_id = a.id GROUP BY a.id, a.balance_minor
                        HAVING a.balance_minor <> SUM(t.amount_minor)""")
                .query((rs, row) -> rs.getString("id") + ": " + rs.getLong("balance_minor") + " <> " + rs.getLong("total"))
                .list();
        assertThat(mismatches).as("accounts whose balance is not the sum of their transactions").isEmpty();
    }
}
