package org.sportello.desk.domain;

import java.time.Instant;
import java.util.Objects;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;

/**
 * A customer's request for a person, and its state.
 *
 * @param id       the handover request's id
 * @param reason   ASKED (the customer asked) or NOT_UNDERSTOOD (accepted after misunderstandings)
 * @param closedBy the agent who closed it; null while open
 */
public record Conversation(String id, ChatAddress chat, Language language, String reason, Status status, Instant openedAt,
                           Instant closedAt, String closedBy) {

    public enum Status { OPEN, CLOSED }

    public Conversation {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(chat, "chat == null");
        Objects.requireNonNull(status, "status == null");
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
