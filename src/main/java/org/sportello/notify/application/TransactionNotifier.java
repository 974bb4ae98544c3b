package org.sportello.notify.application;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.bank.TransactionBooked;
import org.sportello.bank.TransactionsBooked;
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
 * of a booked batch, in the customer's language; consents are read once per batch.
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
    void on(TransactionsBooked batch) {
        Set<CustomerId> owners = new LinkedHashSet<>();
        batch.transactions().forEach(booked -> owners.add(booked.customer()));
        Map<CustomerId, List<LinkedChat>> chats = consents.linksOf(owners, Scope.NOTIFICATIONS);
        if (chats.isEmpty()) {
            return;
        }
        Map<CustomerId, Language> languages = new HashMap<>();
        for (TransactionBooked booked : batch.transactions()) {
            List<LinkedChat> linked = chats.getOrDefault(booked.customer(), List.of());
            if (linked.isEmpty()) {
                continue;
            }
            Language language = languages.computeIfAbsent(booked.customer(),
                    customer -> customers.find(customer).map(CustomerProfile::language).orElse(Language.IT));
            String text = texts.render(booked, language);
            for (LinkedChat chat : linked) {
                // Derived from the transaction and the link: a redelivered event yields the same id.
                String messageId = "txn:" + booked.transactionId() + ":" + chat.linkId();
                events.publishEvent(new MessageToSend(messageId, chat.address(), language, Purpose.NOTIFICATION, text,
                        List.of(), booked.bookedAt()));
            }
        }
    }
}
