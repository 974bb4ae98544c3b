package org.sportello.notify.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sportello.bank.TransactionBooked;
import org.sportello.bank.TransactionsBooked;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.NotificationPreferences;
import org.sportello.notify.Purpose;
import org.sportello.notify.application.NotifiedChats.NotifiedChat;
import org.sportello.notify.domain.Alerts;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
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

    private final NotifiedChats notifiedChats;
    private final PreferenceStore preferences;
    private final TransactionTexts texts;
    private final Outbox outbox;
    private final Clock clock;

    TransactionNotifier(NotifiedChats notifiedChats, PreferenceStore preferences, TransactionTexts texts,
                        Outbox outbox, Clock clock) {
        this.notifiedChats = notifiedChats;
        this.preferences = preferences;
        this.texts = texts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TransactionsBooked batch) {
        Set<CustomerId> owners = new LinkedHashSet<>();
        batch.transactions().forEach(booked -> owners.add(booked.customer()));
        Instant now = clock.instant();
        Map<CustomerId, List<NotifiedChat>> chats = notifiedChats.of(owners, now);
        List<MessageToSend> messages = new ArrayList<>();
        for (TransactionBooked booked : batch.transactions()) {
            for (NotifiedChat chat : chats.getOrDefault(booked.customer(), List.of())) {
                notify(booked, chat, now, messages::add);
            }
        }
        // One batch for the whole booked batch: a statement per message was most of the notifier's time.
        outbox.sendAll(messages);
    }

    private void notify(TransactionBooked booked, NotifiedChat chat, Instant now, Consumer<MessageToSend> messages) {
        Language language = chat.language();
        NotificationPreferences wanted = chat.wanted();
        // Ids derive from the transaction and the link: a redelivered event yields the same ids.
        for (Alerts.Alert alert : Alerts.of(booked.kind(), booked.amount().minorUnits(), booked.balanceAfter().minorUnits(), wanted)) {
            switch (alert) {
                case TRANSACTION -> messages.accept(new MessageToSend("txn:" + booked.transactionId() + ":" + chat.linkId(),
                        chat.address(), language, Purpose.NOTIFICATION, texts.render(booked, language), List.of(), now,
                        chat.notBefore()));
                case DIGEST_LINE -> preferences.addDigestLine(booked.transactionId(), chat.linkId(), booked.amount(), booked.bookedAt());
                case LOW_BALANCE -> messages.accept(new MessageToSend("low:" + booked.transactionId() + ":" + chat.linkId(),
                        chat.address(), language, Purpose.NOTIFICATION,
                        texts.lowBalance(booked, wanted.lowBalanceMinor(), language), List.of(), now, chat.notBefore()));
            }
        }
    }
}
