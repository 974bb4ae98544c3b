package org.sportello.notify.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sportello.bank.TransactionBooked;
import org.sportello.bank.TransactionsBooked;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.shared.Scope;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.Purpose;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every chat the customer linked with the NOTIFICATIONS scope about each new transaction
 * of a booked batch, in the language of the link; consents are read once per batch.
 */
@Component
class TransactionNotifier {

    private final Consents consents;
    private final TransactionTexts texts;
    private final ApplicationEventPublisher events;

    TransactionNotifier(Consents consents, TransactionTexts texts, ApplicationEventPublisher events) {
        this.consents = consents;
        this.texts = texts;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(TransactionsBooked batch) {
        Set<CustomerId> owners = new LinkedHashSet<>();
        batch.transactions().forEach(booked -> owners.add(booked.customer()));
        Map<CustomerId, List<LinkedChat>> chats = consents.linksOf(owners, Scope.NOTIFICATIONS, AccessPurpose.NOTIFICATION);
        if (chats.isEmpty()) {
            return;
        }
        for (TransactionBooked booked : batch.transactions()) {
            List<LinkedChat> linked = chats.getOrDefault(booked.customer(), List.of());
            if (linked.isEmpty()) {
                continue;
            }
            for (LinkedChat chat : linked) {
                Language language = chat.language();
                String text = texts.render(booked, language);
                // Derived from the transaction and the link: a redelivered event yields the same id.
                String messageId = "txn:" + booked.transactionId() + ":" + chat.linkId();
                events.publishEvent(new MessageToSend(messageId, chat.address(), language, Purpose.NOTIFICATION, text,
                        List.of(), booked.bookedAt()));
            }
        }
    }
}
