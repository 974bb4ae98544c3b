package org.sportello.channel.application;

import java.util.List;
import java.util.Optional;
import org.sportello.channel.domain.ChatMessage;

/** Web chat transcripts. */
public interface TranscriptStore {

    /** Appends the message unless one with its id is already there; returns it with its sequence number if added. */
    Optional<ChatMessage> appendIfAbsent(ChatMessage message);

    Optional<ChatMessage> findByMessageId(String messageId);

    /** The user's messages after {@code afterSeq}, oldest first, at most {@code limit}. */
    List<ChatMessage> after(String chatUserId, long afterSeq, int limit);

    /** The user's last {@code limit} messages, oldest first. */
    List<ChatMessage> last(String chatUserId, int limit);

    /** Deletes every line of the user's transcript; returns how many. */
    int deleteAllOf(String chatUserId);
}
