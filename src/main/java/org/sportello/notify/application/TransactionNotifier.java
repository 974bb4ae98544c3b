package org.sportello.notify.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sportello.bank.TransactionBooked;
import org.sportello.bank.TransactionsBooked;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.NotificationPreferences;
import org.sportello.notify.Purpose;
import org.sportello.notify.domain.Alerts;
import org.sportello.shared.Channel;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every chat the customer linked with the NOTIFICATIONS scope about each new transaction
 * of a booked batch, as each link's preferences say: which transactions, from which amount, a
 * low-balance alert, a daily digest instead, quiet hours, language. Consents and preferences are
 * read once per batch.
 */
@Component
class TransactionNotifier {

    private final Consents consents;
    private final PreferenceStore preferences;
    private final TransactionTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    TransactionNotifier(Consents consents, PreferenceStore preferences, TransactionTexts texts, ApplicationEventPublisher events,
                        Clock clock, @Value("${sportello.notify.time-zone:Europe/Rome}") ZoneId zone) {
        this.consents = consents;
        this.preferences = preferences;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    @ApplicationModuleListener
    void on(TransactionsBooked batch) {
        Set<CustomerId> owners = new LinkedHashSet<>();
        batch.transactions().forEach(booked -> owners.add(booked.customer()));
        Map<CustomerId, List<LinkedChat>> chats = consents.linksOf(owners, Scope.NOTIFICATIONS, AccessPurpose.NOTIFICATION);
        if (chats.isEmpty()) {
            return;
        }
        List<String> linkIds = new ArrayList<>();
        chats.values().forEach(links -> links.forEach(link -> linkIds.add(link.linkId())));
        Map<String, NotificationPreferences> chosen = preferences.findAll(linkIds);
        Instant now = clock.instant();
        for (TransactionBooked booked : batch.transactions()) {
            for (LinkedChat chat : chats.getOrDefault(booked.customer(), List.of())) {
                NotificationPreferences wanted = chosen.getOrDefault(chat.linkId(), NotificationPreferences.DEFAULTS);
                notify(booked, chat, wanted, now);
            }
        }
    }

    private void notify(TransactionBooked booked, LinkedChat chat, NotificationPreferences wanted, Instant now) {
        Language language = wanted.language() != null ? wanted.language() : chat.language();
        Instant notBefore = chat.address().channel() == Channel.WEB ? null : afterQuietHours(wanted, now);
        // Ids derive from the transaction and the link: a redelivered event yields the same ids.
        for (Alerts.Alert alert : Alerts.of(booked.kind(), booked.amount().minorUnits(), booked.balanceAfter().minorUnits(), wanted)) {
            switch (alert) {
                case TRANSACTION -> events.publishEvent(new MessageToSend("txn:" + booked.transactionId() + ":" + chat.linkId(),
                        chat.address(), language, Purpose.NOTIFICATION, texts.render(booked, language), List.of(), now, notBefore));
                case DIGEST_LINE -> preferences.addDigestLine(booked.transactionId(), chat.linkId(), booked.amount(), booked.bookedAt());
                case LOW_BALANCE -> events.publishEvent(new MessageToSend("low:" + booked.transactionId() + ":" + chat.linkId(),
                        chat.address(), language, Purpose.NOTIFICATION,
                        texts.lowBalance(booked, wanted.lowBalanceMinor(), language), List.of(), now, notBefore));
            }
        }
    }

    /** The end of the quiet hours when {@code now} is inside them, else null. */
    private Instant afterQuietHours(NotificationPreferences wanted, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        if (!wanted.isQuietAt(local.toLocalTime())) {
            return null;
        }
        LocalTime end = wanted.quietTo();
        ZonedDateTime until = local.with(end);
        return (until.isAfter(local) ? until : until.plusDays(1)).toInstant();
    }
}
