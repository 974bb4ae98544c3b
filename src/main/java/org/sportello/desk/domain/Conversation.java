package org.sportello.desk.domain;

import java.time.Instant;
import java.util.Objects;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;

/**
 * A customer's request for a person, and its state.
 *
 * @param id       the handover request's id
 * @param reason   ASKED (the customer asked) or NOT_UNDERSTOOD (accepted after misunderstandings)
 * @param closedBy the agent who closed it; null while open
 * @param customer the bank's customer the chat was linked to when they asked; null for a chat not linked
 */
public record Conversation(String id, ChatAddress chat, Language language, String reason, Status status, Instant openedAt,
                           Instant closedAt, String closedBy, CustomerId customer) {

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
