package org.sportello.channel.application;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sportello.assistant.CustomerSaid;
import org.sportello.notify.ConversationWindows;
import org.sportello.shared.CardNumbers;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.UtcTimes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers write on a messaging platform (Messenger, Telegram), after the webhook checked
 * the platform's signature: dropped if the platform sent it before, card numbers removed, the
 * messaging window noted, and handed to the assistant, which answers asynchronously.
 */
@Service
public class PlatformInbox {

    private final JdbcClient jdbc;
    private final ConversationWindows windows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlatformInbox(JdbcClient jdbc, ConversationWindows windows, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.windows = windows;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param platformMessageId the platform's id, unique on that platform ("mid.$cAAJ...", an update id)
     * @param text              what the customer typed, or a button's title
     * @param payload           the payload of a tapped quick reply or button, else null
     * @return false when the platform sent this message before: nothing was done
     */
    @Transactional
    public boolean receive(ChatAddress from, String platformMessageId, String text, String payload, Instant sentAt) {
        String messageId = from.channel().name().toLowerCase(java.util.Locale.ROOT) + ":" + platformMessageId;
        Instant now = clock.instant();
        if (!firstTime(messageId, now)) {
            return false;
        }
        windows.inbound(from, sentAt == null ? now : sentAt);
        CardNumbers.Redaction redaction = CardNumbers.redact(text == null ? "" : text.strip());
        events.publishEvent(new CustomerSaid(messageId, from, redaction.text().isEmpty() ? (payload == null ? "" : payload)
                : redaction.text(), payload, null, redaction.cardNumbersRemoved(), now));
        return true;
    }

    /**
     * Records a platform event's id ("messenger:" + the event's id); false when it was recorded
     * before, so a redelivered event is acted on once. Joins the caller's transaction.
     */
    @Transactional
    public boolean firstTime(String eventId) {
        return firstTime(eventId, clock.instant());
    }

    private boolean firstTime(String eventId, Instant now) {
        return jdbc.sql("INSERT INTO channel_inbound (message_id, received_at) VALUES (:id, :at) ON CONFLICT DO NOTHING")
                .param("id", eventId)
                .param("at", UtcTimes.utc(now))
                .update() == 1;
    }

    /** Drops the record of platform ids received before {@code before}; platforms redeliver for a day at most. */
    @Transactional
    public int forgetBefore(OffsetDateTime before) {
        return jdbc.sql("DELETE FROM channel_inbound WHERE received_at < :before").param("before", before).update();
    }
}
