package org.sportello.channel.adapter.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.sportello.channel.application.TranscriptStore;
import org.sportello.channel.domain.ChatMessage;
import org.sportello.channel.domain.ChatMessage.Choice;
import org.sportello.notify.Picture;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcTranscriptStore implements TranscriptStore {

    private static final String COLUMNS = "seq, message_id, chat_user_id, direction, purpose, text, quick_replies, created_at,"
            + " picture_id, picture_alt";
    private static final TypeReference<List<Choice>> CHOICES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcTranscriptStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ChatMessage> appendIfAbsent(ChatMessage message) {
        KeyHolder keys = new GeneratedKeyHolder();
        // ON CONFLICT DO NOTHING: a redelivered message id is dropped without aborting the transaction.
        int added = jdbc.sql("""
                        INSERT INTO webchat_message (message_id, chat_user_id, direction, purpose, text, quick_replies, created_at,
                            picture_id, picture_alt)
                        VALUES (:messageId, :user, :direction, :purpose, :text, :quickReplies, :createdAt, :pictureId, :pictureAlt)
                        ON CONFLICT DO NOTHING""")
                .param("messageId", message.messageId())
                .param("user", message.chatUserId())
                .param("direction", message.direction().name())
                .param("purpose", message.purpose())
                .param("text", message.text())
                .param("quickReplies", message.quickReplies().isEmpty() ? null : json.writeValueAsString(message.quickReplies()))
                .param("createdAt", message.createdAt().atOffset(ZoneOffset.UTC))
                .param("pictureId", message.picture() == null ? null : message.picture().id())
                .param("pictureAlt", message.picture() == null ? null : message.picture().altText())
                .update(keys, "seq");
        if (added == 0) {
            return Optional.empty();
        }
        return Optional.of(message.withSeq(keys.getKeyAs(Long.class)));
    }

    @Override
    public Optional<ChatMessage> findByMessageId(String messageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webchat_message WHERE message_id = :id")
                .param("id", messageId)
                .query(this::message)
                .optional();
    }

    @Override
    public List<ChatMessage> after(String chatUserId, long afterSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webchat_message WHERE chat_user_id = :user AND seq > :after"
                        + " ORDER BY seq LIMIT :limit")
                .param("user", chatUserId)
                .param("after", afterSeq)
                .param("limit", limit)
                .query(this::message)
                .list();
    }

    @Override
    public int deleteAllOf(String chatUserId) {
        return jdbc.sql("DELETE FROM webchat_message WHERE chat_user_id = :user").param("user", chatUserId).update();
    }

    @Override
    public List<ChatMessage> last(String chatUserId, int limit) {
        List<ChatMessage> newestFirst = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + " FROM webchat_message"
                        + " WHERE chat_user_id = :user ORDER BY seq DESC LIMIT :limit")
                .param("user", chatUserId)
                .param("limit", limit)
                .query(this::message)
                .list());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private ChatMessage message(ResultSet rs, int row) throws SQLException {
        String choices = rs.getString("quick_replies");
        String pictureId = rs.getString("picture_id");
        return new ChatMessage(rs.getLong("seq"), rs.getString("message_id"), rs.getString("chat_user_id"),
                ChatMessage.Direction.valueOf(rs.getString("direction")), rs.getString("purpose"), rs.getString("text"),
                choices == null ? List.of() : json.readValue(choices, CHOICES),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                pictureId == null ? null : new Picture(pictureId, rs.getString("picture_alt")));
    }
}
