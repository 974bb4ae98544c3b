package org.sportello.channel.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sportello.notify.Picture;

/**
 * One line of a web chat transcript. {@code seq} orders a user's transcript and lets a browser
 * that reconnects ask for what came after the last line it saw.
 *
 * @param picture shown under the text (a bot's chart), or null
 */
public record ChatMessage(long seq, String messageId, String chatUserId, Direction direction, String purpose,
                          String text, List<Choice> quickReplies, Instant createdAt, Picture picture) {

    public enum Direction { IN, OUT }

    /** A quick reply offered under a message. */
    public record Choice(String title, String payload) {
    }

    public ChatMessage {
        Objects.requireNonNull(messageId, "messageId == null");
        Objects.requireNonNull(chatUserId, "chatUserId == null");
        Objects.requireNonNull(direction, "direction == null");
        Objects.requireNonNull(purpose, "purpose == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(createdAt, "createdAt == null");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }

    /** A line without a picture. */
    public ChatMessage(long seq, String messageId, String chatUserId, Direction direction, String purpose, String text,
                       List<Choice> quickReplies, Instant createdAt) {
        this(seq, messageId, chatUserId, direction, purpose, text, quickReplies, createdAt, null);
    }

    public ChatMessage withSeq(long assigned) {
        return new ChatMessage(assigned, messageId, chatUserId, direction, purpose, text, quickReplies, createdAt, picture);
    }
}
