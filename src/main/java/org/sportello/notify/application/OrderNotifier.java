package org.sportello.notify.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.commerce.OrderUpdated;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.ConsentCheck;
import org.sportello.consent.Consents;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.NotificationPreferences;
import org.sportello.notify.Purpose;
import org.sportello.notify.Receipt;
import org.sportello.notify.application.NotifiedChats.NotifiedChat;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every chat the customer linked with the NOTIFICATIONS scope about their orders, as each
 * link's preferences say: receipts (placed, refunded) and shipping updates (shipped, delivered)
 * each on or off, nothing while paused, quiet hours, language. A placed order also carries the
 * receipt itself, for the platforms that show one.
 *
 * <p>Runs inside the transaction that recorded the order's change, not after it: the messages are
 * written with their cause, and in the order the merchant reported the changes (a shipment never
 * overtakes its receipt, as two asynchronous listeners could make it).
 */
@Component
class OrderNotifier {

    private final NotifiedChats notifiedChats;
    private final Consents consents;
    private final Customers customers;
    private final OrderTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderNotifier(NotifiedChats notifiedChats, Consents consents, Customers customers, OrderTexts texts,
                  ApplicationEventPublisher events, Clock clock) {
        this.notifiedChats = notifiedChats;
        this.consents = consents;
        this.customers = customers;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(OrderUpdated order) {
        Instant now = clock.instant();
        for (NotifiedChat chat : notifiedChats.of(order.customer(), now)) {
            if (!wants(chat.wanted(), order.status())) {
                continue;
            }
            // Ids derive from the order's update and the link: a redelivered event yields the same ids.
            String messageId = "order:" + order.orderId() + ":" + order.status().name().toLowerCase(Locale.ROOT) + ":"
                    + order.update() + ":" + chat.linkId();
            events.publishEvent(new MessageToSend(messageId, chat.address(), chat.language(), Purpose.POST_PURCHASE,
                    texts.render(order, chat.language()), List.of(), now, chat.notBefore(),
                    order.status() == OrderUpdated.Status.PLACED ? receipt(order, chat.address()) : null));
        }
    }

    private static boolean wants(NotificationPreferences wanted, OrderUpdated.Status status) {
        if (wanted.paused()) {
            return false;
        }
        return switch (status) {
            case PLACED, REFUNDED -> wanted.receipts();
            case SHIPPED, DELIVERED -> wanted.shipping();
        };
    }

    /**
     * Null for the web chat, which keeps only the text, and when there is no name to address it
     * to: the text alone goes then.
     */
    private Receipt receipt(OrderUpdated order, ChatAddress chat) {
        if (chat.channel() == Channel.WEB) {
            return null;
        }
        String recipient = order.recipientName() != null ? order.recipientName() : customerName(chat);
        if (recipient == null) {
            return null;
        }
        return new Receipt(recipient, order.orderId(), order.total().currency(), order.paymentMethod(), order.at(),
                order.items().stream().map(item -> new Receipt.Element(item.title(), item.quantity(), item.price())).toList(),
                order.subtotal(), order.shipping(), order.tax(), order.total());
    }

    /** The merchant named no recipient: the receipt is the customer's own, read through the consent check. */
    private String customerName(ChatAddress chat) {
        ConsentCheck check = consents.check(chat, Scope.NOTIFICATIONS, AccessPurpose.NOTIFICATION);
        if (!(check instanceof ConsentCheck.Granted granted)) {
            return null;
        }
        return customers.profileOf(granted).map(CustomerProfile::displayName).orElse(null);
    }
}
