package org.sportello.notify.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.NotificationPreferences;
import org.sportello.notify.Purpose;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: at each link's chosen time, one message with the day's transactions counted
 * and summed instead of one message each. Sent once a day, only while the link may be notified.
 */
@Service
public class DigestJob {

    private final PreferenceStore preferences;
    private final OutboxStore outbox;
    private final Consents consents;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    DigestJob(PreferenceStore preferences, OutboxStore outbox, Consents consents, MessageSource messages, ApplicationEventPublisher events,
              TransactionTemplate transaction, Clock clock, @Value("${sportello.notify.time-zone:Europe/Rome}") ZoneId zone) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.consents = consents;
        this.messages = messages;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(fixedDelayString = "${sportello.notify.digest-check-interval:1m}")
    void everyMinute() {
        run(clock.instant());
    }

    /** Sends the digests due at {@code now}; returns how many went out. */
    public int run(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        int sent = 0;
        for (String linkId : preferences.digestsNotSentOn(today)) {
            Integer one = transaction.execute(status -> send(linkId, local, today));
            sent += one == null ? 0 : one;
        }
        return sent;
    }

    private int send(String linkId, ZonedDateTime local, LocalDate today) {
        NotificationPreferences wanted = preferences.find(linkId).orElse(NotificationPreferences.DEFAULTS);
        if (wanted.digestAt() == null || local.toLocalTime().isBefore(wanted.digestAt())) {
            return 0;
        }
        Optional<LinkedChat> chat = consents.link(linkId, Scope.NOTIFICATIONS, AccessPurpose.NOTIFICATION);
        List<PreferenceStore.DigestTotals> totals = preferences.digestTotals(linkId);
        preferences.digestSent(linkId, today);
        long held = chat.map(linked -> outbox.heldCount(linked.address())).orElse(0L);
        if (chat.isEmpty() || totals.isEmpty() && held == 0) {
            return 0;
        }
        Language language = wanted.language() != null ? wanted.language() : chat.get().language();
        StringBuilder text = new StringBuilder();
        for (PreferenceStore.DigestTotals total : totals) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(messages.getMessage("notify.digest", new Object[] {total.count(), total.out().format(language),
                    total.in().format(language)}, language.locale()));
        }
        if (held > 0) {
            // What the platform's policy holds is told here, never dropped: it goes out once the customer writes.
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(messages.getMessage("notify.digest.held", new Object[] {held}, language.locale()));
        }
        events.publishEvent(new MessageToSend("digest:" + linkId + ":" + today, chat.get().address(), language, Purpose.NOTIFICATION,
                text.toString(), List.of(), clock.instant()));
        return 1;
    }
}
