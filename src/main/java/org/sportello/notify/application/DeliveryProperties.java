package org.sportello.notify.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox dispatcher.
 *
 * @param enabled        whether this node sends (off: messages wait in the outbox)
 * @param pollInterval   how often the outbox is looked at when nothing woke the dispatcher
 * @param batch          messages taken per round
 * @param senders        messages in flight at once (to different chats)
 * @param retryFirst     the first retry's delay; each next doubles, with jitter, up to retryMax
 * @param retryMax       the longest delay between two tries
 * @param giveUpAfter    how long a message is retried before it is recorded as failed
 * @param ratePerSecond  messages per second per platform (page or bot); beyond it they wait
 * @param platformBatch  messages handed to a platform in one call where it allows several (Messenger's
 *                       batch requests take up to 50); 1 sends each on its own
 * @param keepFinished   how long sent and failed messages are kept after they were written; the
 *                       platform keeps the conversation, and these copies hold customer data
 * @param sweepInterval  how often messages older than keepFinished are deleted
 * @param direct         whether the messages of a committed cause (a booked transaction's notifications)
 *                       are sent at once by the thread that writes them, when nothing waits before
 *                       them in their chat, and written already sent; off: every message waits for
 *                       the dispatcher's next round
 * @param lease          how long the sending node's lease lasts unrenewed: after a crash, another node
 *                       sends within it
 */
@ConfigurationProperties("sportello.delivery")
public record DeliveryProperties(@DefaultValue("true") boolean enabled,
                                 @DefaultValue("200ms") Duration pollInterval,
                                 @DefaultValue("200") int batch,
                                 @DefaultValue("16") int senders,
                                 @DefaultValue("1s") Duration retryFirst,
                                 @DefaultValue("5m") Duration retryMax,
                                 @DefaultValue("24h") Duration giveUpAfter,
                                 @DefaultValue("250") int ratePerSecond,
                                 @DefaultValue("1") int platformBatch,
                                 @DefaultValue("true") boolean direct,
                                 @DefaultValue("60s") Duration lease,
                                 @DefaultValue("30d") Duration keepFinished,
                                 @DefaultValue("1h") Duration sweepInterval) {

    public DeliveryProperties {
        if (keepFinished.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("sportello.delivery.keep-finished must be at least 1h, got " + keepFinished);
        }
        if (platformBatch < 1 || platformBatch > 50) {
            throw new IllegalArgumentException("sportello.delivery.platform-batch must be 1 to 50, got " + platformBatch);
        }
    }
}
