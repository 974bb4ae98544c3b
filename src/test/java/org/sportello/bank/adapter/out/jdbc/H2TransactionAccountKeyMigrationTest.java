package org.sportello.bank.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * On H2, a booked transaction goes into one index led by its account, not two: the foreign key
 * that brought a second one is gone (PostgreSQL keeps it: {@code PostgresCompatibilityTest}).
 */
class H2TransactionAccountKeyMigrationTest {

    @Test
    void bankTransactionHasOneIndexLedByTheAccount() {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:account-key-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new H2TransactionAccountKeyMigration()).target("19").load();
        flyway.migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        assertThat(indexesLedByTheAccount(jdbc)).as("before: the key's own index and the one by account and time").hasSize(2);

        Flyway.configure().dataSource(database).locations("classpath:db/migration").javaMigrations(new H2TransactionAccountKeyMigration())
                .load().migrate();

        assertThat(indexesLedByTheAccount(jdbc)).containsExactly("bank_transaction_by_account_time");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.table_constraints WHERE table_name = 'bank_transaction'"
                + " AND constraint_type = 'FOREIGN KEY'").query(Long.class).single()).isZero();
    }

    static List<String> indexesLedByTheAccount(JdbcClient jdbc) {
        return jdbc.sql("SELECT index_name FROM information_schema.index_columns WHERE table_name = 'bank_transaction'"
                + " AND ordinal_position = 1 AND column_name = 'account_id' ORDER BY index_name").query(String.class).list();
    }
}
