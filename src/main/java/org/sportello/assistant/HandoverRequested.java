package org.sportello.assistant;

import java.time.Instant;
import java.util.Objects;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;

/**
 * A customer asked for a person, or accepted one when the assistant did not understand twice.
 *
 * @param reason    what led here: ASKED (the customer asked), NOT_UNDERSTOOD (offered after misunderstandings)
 * @param messageId the id of the customer's message that asked (or accepted)
 * @param said      what that message said, card numbers already removed
 */
public record HandoverRequested(String requestId, ChatAddress chat, Language language, Reason reason, Instant at, String messageId,
                                String said) {

    public enum Reason { ASKED, NOT_UNDERSTOOD }

    public HandoverRequested {
        Objects.requireNonNull(requestId, "requestId == null");
        Objects.requireNonNull(chat, "chat == null");
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(reason, "reason == null");
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(messageId, "messageId == null");
        Objects.requireNonNull(said, "said == null");
    }
}
