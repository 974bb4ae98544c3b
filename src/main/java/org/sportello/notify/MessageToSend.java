package org.sportello.notify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Iban;
import org.sportello.shared.Language;

/**
 * A message for one chat identity, already rendered in its language. The id is derived from what
 * caused the message, so a redelivered cause produces the same id and the channel sends it once.
 *
 * @param notBefore not to be pushed before this moment (the customer's quiet hours); null for now
 * @param receipt   a purchase's receipt, structured, for platforms that show one (Messenger); the
 *                  text says the same everywhere else; null for other messages
 * @param picture   a picture shown after the text (a spending chart), or null; a message carries a
 *                  receipt or a picture, not both. The platforms get it as a message of its own,
 *                  id {@code messageId + PICTURE_PART}, right after the text
 */
public record MessageToSend(
        String messageId,
        ChatAddress to,
        Language language,
        Purpose purpose,
        String text,
        List<QuickReply> quickReplies,
        Instant createdAt,
        Instant notBefore,
        Receipt receipt,
        Picture picture) {

    /** The strictest platform limit (Messenger's). */
    public static final int TEXT_CHARS_MAX = 2_000;
    public static final int QUICK_REPLIES_MAX = 13;
    public static final int ID_CHARS_MAX = 200;
    /** Appended to the message's id for its picture's own delivery, which needs an id of its own. */
    public static final String PICTURE_PART = ":picture";

    public MessageToSend {
        Objects.requireNonNull(messageId, "messageId == null");
        Objects.requireNonNull(to, "to == null");
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(purpose, "purpose == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(createdAt, "createdAt == null");
        // No text goes out with a whole IBAN, whoever wrote it (a bank's description, an agent): by
        // construction, not by each sender's care. Only valid IBANs match, so nothing else changes.
        text = Iban.maskAll(text);
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        if (messageId.isBlank() || messageId.length() > ID_CHARS_MAX) {
            throw new IllegalArgumentException("messageId must be 1 to " + ID_CHARS_MAX + " characters");
        }
        if (text.isBlank() || text.length() > TEXT_CHARS_MAX) {
            throw new IllegalArgumentException("text must be 1 to " + TEXT_CHARS_MAX + " characters, got " + text.length());
        }
        if (quickReplies.size() > QUICK_REPLIES_MAX) {
            throw new IllegalArgumentException("at most " + QUICK_REPLIES_MAX + " quick replies, got " + quickReplies.size());
        }
        if (picture != null && receipt != null) {
            throw new IllegalArgumentException("a message carries a receipt or a picture, not both");
        }
        if (picture != null && messageId.length() > ID_CHARS_MAX - PICTURE_PART.length()) {
            throw new IllegalArgumentException("messageId of a message with a picture must be 1 to "
                    + (ID_CHARS_MAX - PICTURE_PART.length()) + " characters (the picture's id appends '" + PICTURE_PART + "'), got "
                    + messageId.length());
        }
    }

    /** A message with a receipt (or none), without a picture. */
    public MessageToSend(String messageId, ChatAddress to, Language language, Purpose purpose, String text,
                         List<QuickReply> quickReplies, Instant createdAt, Instant notBefore, Receipt receipt) {
        this(messageId, to, language, purpose, text, quickReplies, createdAt, notBefore, receipt, null);
    }

    /** A message without a receipt, not before {@code notBefore}. */
    public MessageToSend(String messageId, ChatAddress to, Language language, Purpose purpose, String text,
                         List<QuickReply> quickReplies, Instant createdAt, Instant notBefore) {
        this(messageId, to, language, purpose, text, quickReplies, createdAt, notBefore, null, null);
    }

    /** A message to send now. */
    public MessageToSend(String messageId, ChatAddress to, Language language, Purpose purpose, String text,
                         List<QuickReply> quickReplies, Instant createdAt) {
        this(messageId, to, language, purpose, text, quickReplies, createdAt, null, null, null);
    }

    /** The same message with {@code picture} shown after its text. */
    public MessageToSend withPicture(Picture picture) {
        return new MessageToSend(messageId, to, language, purpose, text, quickReplies, createdAt, notBefore, receipt, picture);
    }
}
