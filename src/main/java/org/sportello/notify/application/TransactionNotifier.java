package org.sportello.notify.application;

import java.util.List;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.bank.TransactionBooked;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.consent.Scope;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.Purpose;
import org.sportello.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every chat the customer linked with the NOTIFICATIONS scope about each booked
 * transaction, in the customer's language.
 */
@Component
class TransactionNotifier {

    private final Consents consents;
    private final Customers customers;
    private final TransactionTexts texts;
    private final ApplicationEventPublisher events;

    TransactionNotifier(Consents consents, Customers customers, TransactionTexts texts, ApplicationEventPublisher events) {
        this.consents = consents;
        this.customers = customers;
        this.texts = texts;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(TransactionBooked booked) {
        List<LinkedChat> chats = consents.linksOf(booked.customer(), Scope.NOTIFICATIONS);
        if (chats.isEmpty()) {
            return;
        }
        Language language = customers.find(booked.customer()).map(CustomerProfile::language).orElse(Language.IT);
        String text = texts.render(booked, language);
        for (LinkedChat chat : chats) {
            // Derived from the transaction and the link: a redelivered event yields the same id.
            String messageId = "txn:" + booked.transactionId() + ":" + chat.linkId();
            events.publishEvent(new MessageToSend(messageId, chat.address(), language, Purpose.NOTIFICATION, text,
                    List.of(), booked.bookedAt()));
        }
    }
}
