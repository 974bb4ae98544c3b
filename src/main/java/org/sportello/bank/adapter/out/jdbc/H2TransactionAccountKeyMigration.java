package org.sportello.bank.adapter.out.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.sportello.shared.JavaSchemaMigration;
import org.springframework.stereotype.Component;

/**
 * Schema version 21: on H2, {@code bank_transaction} without its foreign key to the account.
 *
 * <p>H2 checks a foreign key through an index of exactly its columns, and creates one if there is
 * none: {@code bank_transaction} had, besides {@code bank_transaction_by_account_time}, a second
 * index led by the account, which H2 will not share with the first. Each booked transaction went
 * into both, next to its account's older transactions: with a thousand accounts, each of H2's
 * stores rewrote a thousand pages of each, and the two were more than half of what the database
 * wrote in {@code bench notify}.
 *
 * <p>The reference still holds: a transaction is only ever written by the booking, for the account
 * it found by its IBAN, and no account is ever deleted. PostgreSQL keeps the key, as it checks it
 * through the account's primary key and needs no index of its own. A Java migration, as the
 * constraint's name is H2's own choice.
 */
@Component
class H2TransactionAccountKeyMigration extends JavaSchemaMigration {

    H2TransactionAccountKeyMigration() {
        super(21, "no transaction account key on h2");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        List<String> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT constraint_name FROM information_schema.table_constraints"
                + " WHERE table_name = 'bank_transaction' AND constraint_type = 'FOREIGN KEY'");
             ResultSet key = query.executeQuery()) {
            while (key.next()) {
                keys.add(key.getString(1));
            }
        }
        if (keys.size() != 1) {
            throw new IllegalStateException("schema version 21 expects one foreign key on bank_transaction (its account), found " + keys);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE bank_transaction DROP CONSTRAINT \"" + keys.get(0) + "\"");
        }
    }
}
