package org.sportello.notify.adapter.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sportello.notify.Picture;
import org.sportello.notify.Purpose;
import org.sportello.notify.QuickReply;
import org.sportello.notify.Receipt;
import org.sportello.notify.application.OutboxStore;
import org.sportello.notify.domain.OutboxMessage;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.shared.UtcTimes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcOutboxStore implements OutboxStore {

    private static final String COLUMNS = "seq, message_id, channel, chat_user_id, language, purpose, body, status, attempts,"
            + " next_attempt_at, last_error, created_at, platform_message_id, sent_at";

    /** Rows per JDBC batch: a round's or a booked batch's messages, bounded. */
    private static final int BATCH_ROWS = 500;

    /** notify_outbox.body's size: a receipt of 100 items with long titles, and the text, fit in it. */
    static final int BODY_CHARS_MAX = 32_000;

    /**
     * What a message says, kept as JSON; receipt absent (null) for all but receipts, picture for all
     * but pictures (rows written before pictures existed read as without one).
     */
    record Body(String text, List<QuickReply> quickReplies, Receipt receipt, Picture picture) {
    }

    private static final String INSERT = "INSERT INTO notify_outbox (message_id, channel, chat_user_id, language, purpose, body,"
            + " status, attempts, next_attempt_at, last_error, platform_message_id, sent_at, created_at, chat_bucket)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    /** One chat's rows: its bucket's range of notify_outbox_by_bucket, then the chat itself. */
    static final String OF_CHAT = " chat_bucket = :bucket AND channel = :channel AND chat_user_id = :user";

    private static final String SENT = "UPDATE notify_outbox SET status = 'SENT', platform_message_id = ?, sent_at = ?,"
            + " attempts = attempts + 1, last_error = NULL WHERE seq = ?";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    JdbcOutboxStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    @Override
    public boolean addIfAbsent(OutboxMessage message) {
        return addAllIfAbsent(List.of(message)) == 1;
    }

    @Override
    public int addAllIfAbsent(List<OutboxMessage> messages) {
        int added = 0;
        for (int[] chunk : batch.batchUpdate(INSERT, messages, BATCH_ROWS, (statement, message) -> {
            statement.setString(1, message.messageId());
            statement.setString(2, message.to().channel().name());
            statement.setString(3, message.to().userId());
            statement.setString(4, message.language().code());
            statement.setString(5, message.purpose().name());
            statement.setString(6, body(message));
            statement.setString(7, message.status().name());
            statement.setInt(8, message.attempts());
            statement.setObject(9, UtcTimes.utc(message.nextAttemptAt()));
            statement.setString(10, limit(message.lastError()));
            statement.setString(11, message.platformMessageId());
            statement.setObject(12, UtcTimes.utc(message.sentAt()));
            statement.setObject(13, UtcTimes.utc(message.createdAt()));
            statement.setInt(14, ChatBuckets.of(message.to()));
        })) {
            added += (int) Arrays.stream(chunk).filter(count -> count == 1).count();
        }
        return added;
    }

    @Override
    public Set<String> existing(Collection<String> messageIds) {
        Set<String> found = new HashSet<>();
        List<String> ids = List.copyOf(messageIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            jdbc.sql("SELECT message_id FROM notify_outbox WHERE message_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .query((rs, row) -> found.add(rs.getString(1))).list();
        }
        return found;
    }

    @Override
    public List<ChatAddress> pendingChats(int limit) {
        // The same index range as choosePending, without the bodies.
        return jdbc.sql("SELECT channel, chat_user_id FROM notify_outbox WHERE status = 'PENDING' ORDER BY status, seq LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> new ChatAddress(Channel.valueOf(rs.getString(1)), rs.getString(2))).list();
    }

    @Override
    public List<OutboxMessage> choosePending(int limit, PendingChooser chooser) {
        // "status, seq" rather than "seq": only then does H2 read the index in order and stop at the
        // limit; with "seq" alone it reads every pending row and sorts them, each round. The rows
        // are streamed, so the reading stops where the chooser does, and only the bodies of the
        // messages taken are parsed: one query a round, instead of the heads and then the messages.
        List<OutboxMessage> taken = new ArrayList<>();
        try (Stream<OutboxMessage> rows = jdbc.sql("SELECT " + COLUMNS + " FROM notify_outbox WHERE status = 'PENDING'"
                        + " ORDER BY status, seq LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> chooser.take(rs.getLong("seq"), new ChatAddress(Channel.valueOf(rs.getString("channel")),
                        rs.getString("chat_user_id")), rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant())
                        ? message(rs, row) : null)
                .stream()) {
            Iterator<OutboxMessage> each = rows.iterator();
            while (!chooser.full() && each.hasNext()) {
                OutboxMessage message = each.next();
                if (message != null) {
                    taken.add(message);
                }
            }
        }
        return taken;
    }

    @Override
    public void sentAll(List<Accepted> accepted) {
        batch.batchUpdate(SENT, accepted, BATCH_ROWS, (statement, message) -> {
            statement.setString(1, message.platformMessageId());
            statement.setObject(2, UtcTimes.utc(message.at()));
            statement.setLong(3, message.seq());
        });
    }

    @Override
    public void retryAt(long seq, int attempts, Instant next, String reason) {
        jdbc.sql("UPDATE notify_outbox SET status = 'PENDING', attempts = :attempts, next_attempt_at = :next, last_error = :reason"
                        + " WHERE seq = :seq AND status = 'PENDING'")
                .param("attempts", attempts).param("next", UtcTimes.utc(next)).param("reason", limit(reason)).param("seq", seq)
                .update();
    }

    @Override
    public void failed(long seq, int attempts, String reason, Instant at) {
        jdbc.sql("UPDATE notify_outbox SET status = 'FAILED', attempts = :attempts, last_error = :reason, sent_at = NULL"
                        + " WHERE seq = :seq AND status = 'PENDING'")
                .param("attempts", attempts).param("reason", limit(reason)).param("seq", seq).update();
    }

    @Override
    public void held(long seq, String reason) {
        jdbc.sql("UPDATE notify_outbox SET status = 'HELD', last_error = :reason WHERE seq = :seq AND status = 'PENDING'")
                .param("reason", limit(reason)).param("seq", seq).update();
    }

    @Override
    public long heldCount(ChatAddress chat) {
        return ofChat(jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE" + OF_CHAT + " AND status = 'HELD'"), chat)
                .query(Long.class).single();
    }

    @Override
    public int releaseHeld(ChatAddress chat, Instant now) {
        return ofChat(jdbc.sql("UPDATE notify_outbox SET status = 'PENDING', next_attempt_at = :now WHERE" + OF_CHAT
                        + " AND status = 'HELD'"), chat)
                .param("now", UtcTimes.utc(now)).update();
    }

    @Override
    public int reclaimUnfinished() {
        return jdbc.sql("UPDATE notify_outbox SET status = 'PENDING' WHERE status = 'SENDING'").update();
    }

    @Override
    public Optional<OutboxMessage> find(String messageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notify_outbox WHERE message_id = :id").param("id", messageId)
                .query(this::message).optional();
    }

    @Override
    public List<OutboxMessage> allOf(ChatAddress chat) {
        return ofChat(jdbc.sql("SELECT " + COLUMNS + " FROM notify_outbox WHERE" + OF_CHAT + " ORDER BY seq"), chat)
                .query(this::message).list();
    }

    @Override
    public int deleteAllOf(ChatAddress chat) {
        jdbc.sql("DELETE FROM notify_window WHERE channel = :channel AND chat_user_id = :user")
                .param("channel", chat.channel().name()).param("user", chat.userId()).update();
        return ofChat(jdbc.sql("DELETE FROM notify_outbox WHERE" + OF_CHAT), chat).update();
    }

    @Override
    public List<Head> oldestAfter(long afterSeq, int limit) {
        return jdbc.sql("SELECT seq, status, created_at FROM notify_outbox WHERE seq > :after ORDER BY seq LIMIT :limit")
                .param("after", afterSeq).param("limit", limit)
                .query((rs, row) -> new Head(rs.getLong(1), OutboxMessage.Status.valueOf(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public int deleteAll(List<Long> seqs) {
        int deleted = 0;
        for (int[] chunk : batch.batchUpdate("DELETE FROM notify_outbox WHERE seq = ?", seqs, BATCH_ROWS,
                (statement, seq) -> statement.setLong(1, seq))) {
            deleted += (int) Arrays.stream(chunk).filter(count -> count == 1).count();
        }
        return deleted;
    }

    @Override
    public void inbound(ChatAddress chat, Instant at) {
        int updated = jdbc.sql("UPDATE notify_window SET last_inbound_at = :at WHERE channel = :channel AND chat_user_id = :user"
                        + " AND last_inbound_at < :at")
                .param("at", UtcTimes.utc(at)).param("channel", chat.channel().name()).param("user", chat.userId()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO notify_window (channel, chat_user_id, last_inbound_at) VALUES (:channel, :user, :at)"
                            + " ON CONFLICT DO NOTHING")
                    .param("channel", chat.channel().name()).param("user", chat.userId()).param("at", UtcTimes.utc(at)).update();
        }
    }

    @Override
    public Optional<Instant> lastInbound(ChatAddress chat) {
        return jdbc.sql("SELECT last_inbound_at FROM notify_window WHERE channel = :channel AND chat_user_id = :user")
                .param("channel", chat.channel().name()).param("user", chat.userId())
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    @Override
    public Map<ChatAddress, Instant> lastInbound(Collection<ChatAddress> chats) {
        Map<ChatAddress, Instant> found = new HashMap<>();
        Map<Channel, List<String>> byChannel = new EnumMap<>(Channel.class);
        chats.forEach(chat -> byChannel.computeIfAbsent(chat.channel(), channel -> new ArrayList<>()).add(chat.userId()));
        byChannel.forEach((channel, users) -> {
            for (int from = 0; from < users.size(); from += 1_000) {
                jdbc.sql("SELECT chat_user_id, last_inbound_at FROM notify_window WHERE channel = :channel AND chat_user_id IN (:users)")
                        .param("channel", channel.name())
                        .param("users", users.subList(from, Math.min(users.size(), from + 1_000)))
                        .query((rs, row) -> found.put(new ChatAddress(channel, rs.getString(1)),
                                rs.getObject(2, OffsetDateTime.class).toInstant()))
                        .list();
            }
        });
        return found;
    }

    private static JdbcClient.StatementSpec ofChat(JdbcClient.StatementSpec statement, ChatAddress chat) {
        return statement.param("bucket", ChatBuckets.of(chat)).param("channel", chat.channel().name()).param("user", chat.userId());
    }

    private String body(OutboxMessage message) {
        String body = json.writeValueAsString(new Body(message.text(), message.quickReplies(), message.receipt(), message.picture()));
        if (body.length() > BODY_CHARS_MAX) {
            throw new IllegalStateException("message " + message.messageId() + " is " + body.length()
                    + " characters as JSON, more than notify_outbox.body holds (" + BODY_CHARS_MAX + ")");
        }
        return body;
    }

    private OutboxMessage message(ResultSet rs, int row) throws SQLException {
        Body body = json.readValue(rs.getString("body"), Body.class);
        return new OutboxMessage(rs.getLong("seq"), rs.getString("message_id"),
                new ChatAddress(Channel.valueOf(rs.getString("channel")), rs.getString("chat_user_id")),
                Language.fromTag(rs.getString("language")).orElse(Language.IT), Purpose.valueOf(rs.getString("purpose")),
                body.text(), body.quickReplies(), body.receipt(), body.picture(), OutboxMessage.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                UtcTimes.instant(rs.getObject("next_attempt_at", OffsetDateTime.class)), rs.getString("last_error"),
                UtcTimes.instant(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("platform_message_id"),
                UtcTimes.instant(rs.getObject("sent_at", OffsetDateTime.class)));
    }

    private static String limit(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }
}
