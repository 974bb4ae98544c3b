package org.sportello.notify.domain;

import java.time.Duration;
import java.time.Instant;
import org.sportello.notify.PlatformSender.Delivery;
import org.sportello.notify.PlatformSender.MessageTag;
import org.sportello.notify.Purpose;
import org.sportello.shared.Channel;

/**
 * Which messages a platform allows now, and how they must be marked. Messenger: anything within
 * 24 hours of the customer's last message (messaging_type RESPONSE); outside it only
 * non-promotional updates with a message tag, and a person's answer (HUMAN_AGENT) for 7 days; the
 * rest is held, never dropped. The other
 * channels have no such window.
 */
public final class DeliveryPolicy {

    public static final Duration MESSENGER_WINDOW = Duration.ofHours(24);

    /** How long after the customer's last message a person may still answer on Messenger (tag HUMAN_AGENT). */
    public static final Duration HUMAN_AGENT_WINDOW = Duration.ofDays(7);

    private DeliveryPolicy() {
    }

    /** The decision: send marked so, or hold (with why). */
    public sealed interface Decision {

        record Send(Delivery delivery) implements Decision {
        }

        record Hold(String reason) implements Decision {
        }
    }

    /** Whether Messenger's 24-hour window, opened by the customer's last message ({@code null}: none), is open at {@code now}. */
    public static boolean insideWindow(Instant lastInbound, Instant now) {
        return lastInbound != null && now.isBefore(lastInbound.plus(MESSENGER_WINDOW));
    }

    /** @param lastInbound when the customer last wrote on this channel, null if never */
    public static Decision decide(Channel channel, Purpose purpose, Instant lastInbound, Instant now) {
        if (channel != Channel.MESSENGER) {
            return new Decision.Send(Delivery.RESPONSE);
        }
        if (insideWindow(lastInbound, now)) {
            return new Decision.Send(Delivery.RESPONSE);
        }
        return switch (purpose) {
            case NOTIFICATION, ACCOUNT -> new Decision.Send(Delivery.tagged(MessageTag.ACCOUNT_UPDATE));
            case POST_PURCHASE -> new Decision.Send(Delivery.tagged(MessageTag.POST_PURCHASE_UPDATE));
            case AGENT -> now.isBefore(lastInbound == null ? Instant.MIN : lastInbound.plus(HUMAN_AGENT_WINDOW))
                    ? new Decision.Send(Delivery.tagged(MessageTag.HUMAN_AGENT))
                    : new Decision.Hold("more than 7 days after the customer last wrote on Messenger: an agent's answer waits for"
                            + " their next message");
            case REPLY, PROMOTION -> new Decision.Hold("outside Messenger's 24-hour window, and a " + purpose
                    + " may not be sent with a message tag");
        };
    }
}
