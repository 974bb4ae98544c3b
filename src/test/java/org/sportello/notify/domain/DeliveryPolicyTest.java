package org.sportello.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sportello.notify.PlatformSender.Delivery;
import org.sportello.notify.PlatformSender.MessageTag;
import org.sportello.notify.Purpose;
import org.sportello.shared.Channel;

/** Messenger's 24-hour rule and its message tags; the other channels have no window. */
class DeliveryPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-18T09:30:00Z");

    @Test
    void insideTheWindowEverythingGoesAsAResponse() {
        Instant lastInbound = NOW.minus(Duration.ofHours(23)).minusSeconds(59 * 60 + 59);
        for (Purpose purpose : Purpose.values()) {
            assertThat(DeliveryPolicy.decide(Channel.MESSENGER, purpose, lastInbound, NOW))
                    .isEqualTo(new DeliveryPolicy.Decision.Send(Delivery.RESPONSE));
        }
    }

    @Test
    void outsideTheWindowOnlyTaggedUpdatesGoAndTheRestIsHeld() {
        Instant lastInbound = NOW.minus(DeliveryPolicy.MESSENGER_WINDOW);
        assertThat(DeliveryPolicy.decide(Channel.MESSENGER, Purpose.NOTIFICATION, lastInbound, NOW))
                .isEqualTo(new DeliveryPolicy.Decision.Send(Delivery.tagged(MessageTag.ACCOUNT_UPDATE)));
        assertThat(DeliveryPolicy.decide(Channel.MESSENGER, Purpose.ACCOUNT, null, NOW))
                .isEqualTo(new DeliveryPolicy.Decision.Send(Delivery.tagged(MessageTag.ACCOUNT_UPDATE)));
        assertThat(DeliveryPolicy.decide(Channel.MESSENGER, Purpose.POST_PURCHASE, lastInbound, NOW))
                .isEqualTo(new DeliveryPolicy.Decision.Send(Delivery.tagged(MessageTag.POST_PURCHASE_UPDATE)));
        assertThat(DeliveryPolicy.decide(Channel.MESSENGER, Purpose.REPLY, lastInbound, NOW)).isEqualTo(new DeliveryPolicy.Decision.Hold(
                "outside Messenger's 24-hour window, and a REPLY may not be sent with a message tag"));
        assertThat(DeliveryPolicy.decide(Channel.MESSENGER, Purpose.PROMOTION, null, NOW)).isEqualTo(new DeliveryPolicy.Decision.Hold(
                "outside Messenger's 24-hour window, and a PROMOTION may not be sent with a message tag"));
    }

    @Test
    void aPersonAtTheBankMayAnswerForSevenDaysWithTheHumanAgentTag() {
        assertThat(DeliveryPolicy.decide(Channel.MESSENGER, Purpose.AGENT, NOW.minus(Duration.ofDays(7)).plusSeconds(1), NOW))
                .isEqualTo(new DeliveryPolicy.Decision.Send(Delivery.tagged(MessageTag.HUMAN_AGENT)));
        assertThat(DeliveryPolicy.decide(Channel.MESSENGER, Purpose.AGENT, NOW.minus(Duration.ofDays(7)), NOW))
                .isEqualTo(new DeliveryPolicy.Decision.Hold("more than 7 days after the customer last wrote on Messenger: an agent's"
                        + " answer waits for their next message"));
        assertThat(DeliveryPolicy.decide(Channel.MESSENGER, Purpose.AGENT, null, NOW)).isInstanceOf(DeliveryPolicy.Decision.Hold.class);
    }

    @Test
    void telegramAndTheWebChatHaveNoWindow() {
        assertThat(DeliveryPolicy.decide(Channel.TELEGRAM, Purpose.PROMOTION, null, NOW))
                .isEqualTo(new DeliveryPolicy.Decision.Send(Delivery.RESPONSE));
        assertThat(DeliveryPolicy.decide(Channel.WEB, Purpose.REPLY, null, NOW))
                .isEqualTo(new DeliveryPolicy.Decision.Send(Delivery.RESPONSE));
    }
}
