package org.sportello.desk.adapter.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.sportello.desk.application.DeskStore;
import org.sportello.desk.domain.Conversation;
import org.sportello.desk.domain.DeskMessage;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Ellipsis;
import org.sportello.shared.Language;
import org.sportello.shared.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDeskStore implements DeskStore {

    private static final String CONVERSATION = "SELECT id, channel, chat_user_id, language, reason, status, opened_at, closed_at, closed_by,"
            + " customer_id"
            + " FROM desk_conversation";
    /** desk_message.text's size: a customer's message is kept whole up to it. */
    static final int TEXT_CHARS_MAX = 4_000;

    private final JdbcClient jdbc;

    JdbcDeskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean open(Conversation conversation) {
        return jdbc.sql("INSERT INTO desk_conversation (id, channel, chat_user_id, language, reason, status, opened_at, customer_id)"
                        + " VALUES (:id, :channel, :user, :language, :reason, :status, :opened, :customer) ON CONFLICT DO NOTHING")
                .param("customer", conversation.customer() == null ? null : conversation.customer().value())
                .param("id", conversation.id()).param("channel", conversation.chat().channel().name())
                .param("user", conversation.chat().userId()).param("language", conversation.language().code())
                .param("reason", conversation.reason()).param("status", conversation.status().name())
                .param("opened", UtcTimes.utc(conversation.openedAt())).update() == 1;
    }

    @Override
    public Optional<Conversation> find(String id) {
        return jdbc.sql(CONVERSATION + " WHERE id = :id").param("id", id).query(JdbcDeskStore::conversation).optional();
    }

    @Override
    public Optional<Conversation> openOf(ChatAddress chat) {
        return jdbc.sql(CONVERSATION + " WHERE channel = :channel AND chat_user_id = :user AND status = 'OPEN' ORDER BY opened_at LIMIT 1")
                .param("channel", chat.channel().name()).param("user", chat.userId()).query(JdbcDeskStore::conversation).optional();
    }

    @Override
    public List<Conversation> withStatus(Conversation.Status status, int limit) {
        return jdbc.sql(CONVERSATION + " WHERE status = :status ORDER BY status, opened_at LIMIT :limit")
                .param("status", status.name()).param("limit", limit).query(JdbcDeskStore::conversation).list();
    }

    @Override
    public Optional<DeskMessage> add(String conversationId, String messageId, DeskMessage.Author author, String agent, String text,
                                     Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String kept = Ellipsis.cut(text, TEXT_CHARS_MAX);
        int added = jdbc.sql("INSERT INTO desk_message (conversation_id, message_id, author, agent, text, written_at)"
                        + " VALUES (:conversation, :messageId, :author, :agent, :text, :at) ON CONFLICT DO NOTHING")
                .param("conversation", conversationId).param("messageId", messageId).param("author", author.name())
                .param("agent", agent).param("text", kept).param("at", UtcTimes.utc(at))
                .update(keys, "seq");
        if (added == 0) {
            return Optional.empty();
        }
        return Optional.of(new DeskMessage(keys.getKey().longValue(), author, agent, kept, at));
    }

    @Override
    public List<DeskMessage> messagesOf(String conversationId) {
        return jdbc.sql("SELECT seq, author, agent, text, written_at FROM desk_message WHERE conversation_id = :id ORDER BY seq")
                .param("id", conversationId)
                .query((rs, row) -> new DeskMessage(rs.getLong("seq"), DeskMessage.Author.valueOf(rs.getString("author")),
                        rs.getString("agent"), rs.getString("text"), rs.getObject("written_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public List<Conversation> allOf(ChatAddress chat) {
        return jdbc.sql(CONVERSATION + " WHERE channel = :channel AND chat_user_id = :user ORDER BY opened_at")
                .param("channel", chat.channel().name()).param("user", chat.userId()).query(JdbcDeskStore::conversation).list();
    }

    @Override
    public int deleteAllOf(ChatAddress chat) {
        int lines = jdbc.sql("DELETE FROM desk_message WHERE conversation_id IN (SELECT id FROM desk_conversation WHERE channel = :channel"
                        + " AND chat_user_id = :user)")
                .param("channel", chat.channel().name()).param("user", chat.userId()).update();
        jdbc.sql("DELETE FROM desk_conversation WHERE channel = :channel AND chat_user_id = :user")
                .param("channel", chat.channel().name()).param("user", chat.userId()).update();
        return lines;
    }

    @Override
    public int deleteClosedBefore(Instant before) {
        jdbc.sql("DELETE FROM desk_message WHERE conversation_id IN (SELECT id FROM desk_conversation WHERE status = 'CLOSED'"
                        + " AND closed_at < :before)")
                .param("before", UtcTimes.utc(before)).update();
        return jdbc.sql("DELETE FROM desk_conversation WHERE status = 'CLOSED' AND closed_at < :before")
                .param("before", UtcTimes.utc(before)).update();
    }

    @Override
    public boolean close(String id, String agent, Instant at) {
        return jdbc.sql("UPDATE desk_conversation SET status = 'CLOSED', closed_at = :at, closed_by = :agent WHERE id = :id"
                        + " AND status = 'OPEN'")
                .param("at", UtcTimes.utc(at)).param("agent", agent).param("id", id).update() == 1;
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(rs.getString("id"), new ChatAddress(Channel.valueOf(rs.getString("channel")), rs.getString("chat_user_id")),
                Language.fromTag(rs.getString("language")).orElse(Language.IT), rs.getString("reason"),
                Conversation.Status.valueOf(rs.getString("status")), UtcTimes.instant(rs.getObject("opened_at", OffsetDateTime.class)),
                UtcTimes.instant(rs.getObject("closed_at", OffsetDateTime.class)), rs.getString("closed_by"),
                rs.getString("customer_id") == null ? null : new CustomerId(rs.getString("customer_id")));
    }
}
