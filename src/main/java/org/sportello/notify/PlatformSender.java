package org.sportello.notify;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;

/**
 * A messaging platform's send API, as the delivery outbox sees it. Each channel adapter implements
 * it for its platform; the outbox decides when and how (policy, order, retries, rate) and the
 * sender only speaks the platform's protocol and classifies its answer.
 */
public interface PlatformSender {

    Channel channel();

    /** Sends one message; never throws for what the platform answers, only classifies it. */
    SendResult send(Outbound message);

    /**
     * Sends several messages, to different chats, in as few calls as the platform allows; one
     * answer per message, in the same order. By default one call each.
     */
    default List<SendResult> sendAll(List<Outbound> messages) {
        return messages.stream().map(this::send).toList();
    }

    /**
     * What the platform lets a sender send, which the outbox keeps to rather than learning it from
     * refusals: {@code perSecond} messages a second in all (the outbox also keeps to
     * {@code sportello.delivery.rate-per-second}, whichever is lower), and to one chat a burst of
     * up to {@code chatBurst} messages, then one per {@code chatInterval} (zero: no such limit).
     */
    record Limits(int perSecond, Duration chatInterval, int chatBurst) {

        /** The platform states none (the outbox's own rate applies). */
        public static final Limits NONE = new Limits(Integer.MAX_VALUE, Duration.ZERO, 1);

        public Limits {
            Objects.requireNonNull(chatInterval, "chatInterval == null");
            if (perSecond < 1 || chatBurst < 1 || chatInterval.isNegative()) {
                throw new IllegalArgumentException("limits need at least 1 message a second, a burst of at least 1 and an interval"
                        + " not negative, got " + perSecond + ", " + chatBurst + " and " + chatInterval);
            }
        }
    }

    /** The platform's limits; none by default. */
    default Limits limits() {
        return Limits.NONE;
    }

    /** How a platform that distinguishes them must be told why a message comes. */
    enum MessagingType {
        /** An answer within the platform's messaging window. */
        RESPONSE,
        /** Outside the window: allowed only with a message tag for non-promotional updates. */
        MESSAGE_TAG
    }

    /** Messenger's message tags for updates outside the 24-hour window. */
    enum MessageTag { ACCOUNT_UPDATE, POST_PURCHASE_UPDATE, CONFIRMED_EVENT_UPDATE, HUMAN_AGENT }

    /** @param tag null unless {@code type} is MESSAGE_TAG */
    record Delivery(MessagingType type, MessageTag tag) {

        public static final Delivery RESPONSE = new Delivery(MessagingType.RESPONSE, null);

        public Delivery {
            Objects.requireNonNull(type, "type == null");
            if ((type == MessagingType.MESSAGE_TAG) != (tag != null)) {
                throw new IllegalArgumentException("a tag goes with MESSAGE_TAG and only with it");
            }
        }

        public static Delivery tagged(MessageTag tag) {
            return new Delivery(MessagingType.MESSAGE_TAG, Objects.requireNonNull(tag, "tag == null"));
        }
    }

    /**
     * One message for the platform. A quick reply whose payload is {@link QuickReply#LINK_ACCOUNT}
     * is the platform's own account-link button, to the bank's linking page for this chat. A
     * platform with a receipt form of its own shows {@code receipt} (when not null) instead of the text.
     * A message with a {@code picture} is that picture alone (its text went as a message before it):
     * the platform shows the picture, fetched from its absolute {@link Picture#path()}; {@code text}
     * is then the picture's alt text, which a platform that shows no pictures sends as it sends any text.
     */
    record Outbound(String messageId, ChatAddress to, Language language, Purpose purpose, String text,
                    List<QuickReply> quickReplies, Delivery delivery, Receipt receipt, Picture picture) {

        public Outbound {
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        }

        /**
         * The quick replies a messaging platform shows as buttons that send a payload: all but the
         * share-location button ({@link QuickReply#SHARE_LOCATION}), which is the web chat's. Messenger
         * no longer has a location quick reply (its customers share from the attachment menu);
         * Telegram shows it as its own location button when it is the message's only one.
         */
        public List<QuickReply> platformQuickReplies() {
            return quickReplies.stream().filter(reply -> !reply.isShareLocation()).toList();
        }

        /** A message without a picture. */
        public Outbound(String messageId, ChatAddress to, Language language, Purpose purpose, String text,
                        List<QuickReply> quickReplies, Delivery delivery, Receipt receipt) {
            this(messageId, to, language, purpose, text, quickReplies, delivery, receipt, null);
        }

        /** A message without a receipt or a picture. */
        public Outbound(String messageId, ChatAddress to, Language language, Purpose purpose, String text,
                        List<QuickReply> quickReplies, Delivery delivery) {
            this(messageId, to, language, purpose, text, quickReplies, delivery, null, null);
        }
    }

    /** What the platform answered. */
    sealed interface SendResult {

        /** Accepted; the platform's id of the message. */
        record Sent(String platformMessageId) implements SendResult {
        }

        /** Not now (timeout, 5xx, rate limit): try again later, after {@code after} if the platform said. */
        record Retry(String reason, Duration after) implements SendResult {
        }

        /** Never (blocked by the user, invalid token, unknown recipient): recorded, not retried. */
        record Permanent(String reason) implements SendResult {
        }
    }
}
