package org.sportello.assistant;

import java.time.Instant;
import java.util.Objects;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;

/**
 * Someone opened a new conversation (the web chat's first visit, Messenger's "Get started"):
 * the assistant introduces itself and offers to link an account.
 */
public record ConversationStarted(String conversationId, ChatAddress from, Language language, Instant at) {

    public ConversationStarted {
        Objects.requireNonNull(conversationId, "conversationId == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(at, "at == null");
    }
}
