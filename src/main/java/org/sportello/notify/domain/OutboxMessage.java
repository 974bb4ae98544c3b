package org.sportello.notify.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sportello.notify.Picture;
import org.sportello.notify.Purpose;
import org.sportello.notify.QuickReply;
import org.sportello.notify.Receipt;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;

/**
 * A message waiting in the outbox, or sent, held or failed.
 *
 * @param receipt a purchase's receipt for platforms that show one; null for other messages
 * @param picture the picture this message is, its text being the alt text; null for other messages
 */
public record OutboxMessage(long seq, String messageId, ChatAddress to, Language language, Purpose purpose, String text,
                            List<QuickReply> quickReplies, Receipt receipt, Picture picture, Status status, int attempts,
                            Instant nextAttemptAt, String lastError, Instant createdAt) {

    public enum Status { PENDING, SENDING, SENT, HELD, FAILED }

    public OutboxMessage {
        Objects.requireNonNull(messageId, "messageId == null");
        Objects.requireNonNull(to, "to == null");
        Objects.requireNonNull(status, "status == null");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }
}
