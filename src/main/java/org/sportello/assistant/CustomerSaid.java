package org.sportello.assistant;

import java.time.Instant;
import java.util.Objects;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;

/**
 * A customer wrote in a chat. The text has already had card numbers removed.
 *
 * @param payload            the quick reply or button payload when the customer tapped one, else null
 * @param languageHint       the language the chat's interface is set to, when the channel knows it, else null
 * @param cardNumbersRemoved how many card numbers the channel redacted from the text
 */
public record CustomerSaid(
        String messageId,
        ChatAddress from,
        String text,
        String payload,
        Language languageHint,
        int cardNumbersRemoved,
        Instant at) {

    public CustomerSaid {
        Objects.requireNonNull(messageId, "messageId == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(at, "at == null");
    }
}
