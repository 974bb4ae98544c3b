package org.sportello.notify;

import java.time.Instant;
import java.util.List;
import org.sportello.shared.ChatAddress;

/**
 * What the outbox holds for one chat on a messaging platform: the copies Sportello keeps of what it
 * sent (or holds, or could not send) there, for the chat's data export and erasure. The platform
 * keeps its own conversation; Sportello keeps these only until {@code sportello.delivery.keep-finished}
 * after they were written.
 */
public interface OutboxRecords {

    /**
     * One message.
     *
     * @param status    PENDING, SENT, HELD (waiting for the customer to write) or FAILED
     * @param lastError why it was held, retried or failed; null when it went at once
     */
    record Line(Instant createdAt, String purpose, String status, String text, String lastError) {
    }

    /** The chat's messages, oldest first. */
    List<Line> of(ChatAddress chat);

    /**
     * Deletes all the chat's messages, pending ones too (they will not be sent), and the time it
     * last wrote (its messaging window); returns how many messages.
     */
    int erase(ChatAddress chat);
}
