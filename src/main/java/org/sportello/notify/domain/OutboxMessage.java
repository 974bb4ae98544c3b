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
 * @param platformMessageId the platform's id of the message once it accepted it; null before
 * @param sentAt when the platform accepted it; null before
 */
public record OutboxMessage(long seq, String messageId, ChatAddress to, Language language, Purpose purpose, String text,
                            List<QuickReply> quickReplies, Receipt receipt, Picture picture, Status status, int attempts,
                            Instant nextAttemptAt, String lastError, Instant createdAt, String platformMessageId, Instant sentAt) {

    public enum Status { PENDING, SENDING, SENT, HELD, FAILED }

    public OutboxMessage {
        Objects.requireNonNull(messageId, "messageId == null");
        Objects.requireNonNull(to, "to == null");
        Objects.requireNonNull(status, "status == null");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }

    /** A message not sent yet. */
    public OutboxMessage(long seq, String messageId, ChatAddress to, Language language, Purpose purpose, String text,
                         List<QuickReply> quickReplies, Receipt receipt, Picture picture, Status status, int attempts,
                         Instant nextAttemptAt, String lastError, Instant createdAt) {
        this(seq, messageId, to, language, purpose, text, quickReplies, receipt, picture, status, attempts, nextAttemptAt, lastError,
                createdAt, null, null);
    }

    /** This message as the platform accepted it, at its {@code attempts}-th try. */
    public OutboxMessage sent(int attempts, String platformMessageId, Instant at) {
        return new OutboxMessage(seq, messageId, to, language, purpose, text, quickReplies, receipt, picture, Status.SENT, attempts,
                nextAttemptAt, null, createdAt, platformMessageId, at);
    }

    /** This message after a try that failed: PENDING again from {@code next}, or FAILED for good. */
    public OutboxMessage tried(Status status, int attempts, Instant next, String reason) {
        return new OutboxMessage(seq, messageId, to, language, purpose, text, quickReplies, receipt, picture, status, attempts,
                next, reason, createdAt, null, null);
    }
}
