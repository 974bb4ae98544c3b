package org.sportello.notify.adapter.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.notify.Purpose;
import org.sportello.notify.domain.OutboxMessage;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox is indexed by chat bucket: the rows of before the column get their chat's bucket, a
 * chat's rows are found through its bucket and no other chat's with them, and each query of one
 * chat reads its bucket's range of the index rather than the whole table.
 */
class OutboxChatBucketTest {

    static final Instant AT = Instant.parse("2026-10-15T10:00:00Z");

    DriverManagerDataSource database;
    JdbcClient jdbc;
    JdbcOutboxStore store;

    @BeforeEach
    void schemaUpToTheVersionBeforeTheBucket() {
        database = new DriverManagerDataSource("jdbc:h2:mem:bucket-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        flyway("19").migrate();
        jdbc = JdbcClient.create(database);
        store = new JdbcOutboxStore(jdbc, new JdbcTemplate(database), JsonMapper.builder().build());
    }

    Flyway flyway(String target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new OutboxChatBucketMigration()).target(target).load();
    }

    @Test
    void theMigrationGivesTheRowsAlreadyThereTheirChatsBucket() {
        ChatAddress anna = new ChatAddress(Channel.MESSENGER, "1234567890");
        ChatAddress bruno = new ChatAddress(Channel.TELEGRAM, "8401");
        insertWithoutBucket("m1", anna, "SENT");
        insertWithoutBucket("m2", bruno, "HELD");
        insertWithoutBucket("m3", anna, "HELD");

        assertThat(flyway("latest").migrate().migrationsExecuted).isEqualTo(1);

        assertThat(jdbc.sql("SELECT message_id || ' ' || chat_bucket FROM notify_outbox ORDER BY seq").query(String.class).list())
                .containsExactly("m1 6", "m2 " + ChatBuckets.of(bruno), "m3 6");
        assertThat(indexes()).contains("notify_outbox_by_bucket").doesNotContain("notify_outbox_by_chat");
        assertThat(store.allOf(anna)).extracting(OutboxMessage::messageId).containsExactly("m1", "m3");
        assertThat(store.heldCount(bruno)).isEqualTo(1);
    }

    @Test
    void aChatsRowsAreFoundThroughItsBucketAndNoOtherChatsInTheSameBucket() {
        flyway("latest").migrate();
        ChatAddress anna = new ChatAddress(Channel.TELEGRAM, "5000");
        ChatAddress neighbour = IntStream.range(5001, 10_000).mapToObj(id -> new ChatAddress(Channel.TELEGRAM, Integer.toString(id)))
                .filter(chat -> ChatBuckets.of(chat) == ChatBuckets.of(anna)).findFirst().orElseThrow();
        store.addAllIfAbsent(List.of(message("a-held", anna, OutboxMessage.Status.HELD), message("n-held", neighbour, OutboxMessage.Status.HELD),
                message("a-sent", anna, OutboxMessage.Status.SENT), message("n-sent", neighbour, OutboxMessage.Status.SENT)));

        assertThat(store.heldCount(anna)).isEqualTo(1);
        assertThat(store.releaseHeld(anna, AT)).isEqualTo(1);
        assertThat(store.heldCount(neighbour)).isEqualTo(1);
        assertThat(store.allOf(anna)).extracting(OutboxMessage::messageId, OutboxMessage::status)
                .containsExactly(tuple("a-held", OutboxMessage.Status.PENDING),
                        tuple("a-sent", OutboxMessage.Status.SENT));
        assertThat(store.deleteAllOf(anna)).isEqualTo(2);
        assertThat(store.allOf(neighbour)).extracting(OutboxMessage::messageId).containsExactly("n-held", "n-sent");
    }

    @Test
    void eachQueryOfOneChatReadsItsBucketsRangeOfTheIndex() {
        flyway("latest").migrate();
        ChatAddress chat = new ChatAddress(Channel.MESSENGER, "1234567890");
        for (String query : List.of("SELECT COUNT(*) FROM notify_outbox WHERE" + JdbcOutboxStore.OF_CHAT + " AND status = 'HELD'",
                "UPDATE notify_outbox SET status = 'PENDING' WHERE" + JdbcOutboxStore.OF_CHAT + " AND status = 'HELD'",
                "SELECT * FROM notify_outbox WHERE" + JdbcOutboxStore.OF_CHAT + " ORDER BY seq",
                "DELETE FROM notify_outbox WHERE" + JdbcOutboxStore.OF_CHAT)) {
            String plan = jdbc.sql("EXPLAIN " + query).param("bucket", ChatBuckets.of(chat)).param("channel", "MESSENGER")
                    .param("user", chat.userId()).query(String.class).single();
            // H2 names the index it reads and the conditions that bound its range.
            assertThat(plan).as(query).containsPattern("/\\* public\\.notify_outbox_by_bucket: [^*]*chat_bucket = \\?1");
        }
    }

    @Test
    void theBucketOfAChatNeverChangesAndChatsSpreadOverAllBuckets() {
        // Rows are found by this value: a different function would hide every row written before it.
        assertThat(ChatBuckets.of(new ChatAddress(Channel.MESSENGER, "1234567890"))).isEqualTo(6);
        Map<Integer, Integer> chats = new HashMap<>();
        for (long psid = 1_000_000_000_000L; psid < 1_000_000_010_000L; psid++) {
            chats.merge(ChatBuckets.of(new ChatAddress(Channel.MESSENGER, Long.toString(psid))), 1, Integer::sum);
        }
        assertThat(chats).hasSize(ChatBuckets.COUNT);
        assertThat(chats.values()).as("10,000 chats over 64 buckets, 156 each on average").allSatisfy(count ->
                assertThat(count).isBetween(100, 220));
    }

    void insertWithoutBucket(String messageId, ChatAddress chat, String status) {
        jdbc.sql("INSERT INTO notify_outbox (message_id, channel, chat_user_id, language, purpose, body, status, next_attempt_at,"
                        + " created_at) VALUES (:id, :channel, :user, 'it', 'NOTIFICATION', '{\"text\":\"Ciao\"}', :status, :at, :at)")
                .param("id", messageId).param("channel", chat.channel().name()).param("user", chat.userId()).param("status", status)
                .param("at", AT.atOffset(ZoneOffset.UTC)).update();
    }

    List<String> indexes() {
        return jdbc.sql("SELECT index_name FROM information_schema.indexes WHERE table_name = 'notify_outbox'").query(String.class).list();
    }

    static OutboxMessage message(String id, ChatAddress chat, OutboxMessage.Status status) {
        return new OutboxMessage(0, id, chat, Language.IT, Purpose.NOTIFICATION, "Ciao", List.of(), null, null, status, 0, AT, null, AT);
    }
}
