package org.sportello.notify.adapter.out.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.sportello.shared.JavaSchemaMigration;
import org.springframework.stereotype.Component;

/**
 * Schema version 20: {@code notify_outbox} indexed by {@link ChatBuckets chat bucket} instead of
 * by chat. A Java migration, as the bucket of the rows already there is computed by the same
 * function as a new row's (H2 and PostgreSQL share no hash function). Spring Boot hands this bean
 * to Flyway with the SQL migrations of {@code db/migration}.
 */
@Component
class OutboxChatBucketMigration extends JavaSchemaMigration {

    /** Chats updated per JDBC batch. */
    private static final int BATCH = 500;

    OutboxChatBucketMigration() {
        super(20, "outbox chat bucket");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE notify_outbox ADD COLUMN chat_bucket SMALLINT");
        }
        try (Statement chats = connection.createStatement();
             ResultSet chat = chats.executeQuery("SELECT DISTINCT channel, chat_user_id FROM notify_outbox");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE notify_outbox SET chat_bucket = ? WHERE channel = ? AND chat_user_id = ?")) {
            int batched = 0;
            while (chat.next()) {
                update.setInt(1, ChatBuckets.of(chat.getString(1), chat.getString(2)));
                update.setString(2, chat.getString(1));
                update.setString(3, chat.getString(2));
                update.addBatch();
                if (++batched % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE notify_outbox ALTER COLUMN chat_bucket SET NOT NULL");
            statement.execute("DROP INDEX notify_outbox_by_chat");
            statement.execute("CREATE INDEX notify_outbox_by_bucket ON notify_outbox (chat_bucket, status, seq)");
        }
    }
}
