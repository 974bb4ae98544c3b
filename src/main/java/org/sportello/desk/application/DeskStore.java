package org.sportello.desk.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sportello.desk.domain.Conversation;
import org.sportello.desk.domain.DeskMessage;
import org.sportello.shared.ChatAddress;

/** Conversations with agents and their lines. */
public interface DeskStore {

    /** Opens the conversation unless one with its id exists; false when it did. */
    boolean open(Conversation conversation);

    Optional<Conversation> find(String id);

    /** The chat's open conversation, if any. */
    Optional<Conversation> openOf(ChatAddress chat);

    /** Conversations in this state, oldest first, at most {@code limit}. */
    List<Conversation> withStatus(Conversation.Status status, int limit);

    /**
     * Adds a line unless one with this message id is there (a redelivered message); returns it, or
     * empty when it was there.
     */
    Optional<DeskMessage> add(String conversationId, String messageId, DeskMessage.Author author, String agent, String text, Instant at);

    List<DeskMessage> messagesOf(String conversationId);

    /** Every conversation of the chat, oldest first. */
    List<Conversation> allOf(ChatAddress chat);

    /** Deletes the chat's conversations and their lines; returns how many lines. */
    int deleteAllOf(ChatAddress chat);

    /** Deletes the conversations closed before {@code before}, and their lines; returns how many conversations. */
    int deleteClosedBefore(Instant before);

    /** OPEN to CLOSED; false when it was closed already. */
    boolean close(String id, String agent, Instant at);
}
