package org.sportello.commerce.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sportello.commerce.domain.Charges;
import org.sportello.commerce.domain.Order;
import org.sportello.commerce.domain.OrderItem;
import org.sportello.commerce.domain.PaymentCard;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;

/** A merchant reports an order paid with a card of {@code account}; whose account it is, Sportello finds out. */
public record PlaceOrder(String orderId, Iban account, PaymentCard card, String merchantName, String recipientName,
                         List<OrderItem> items, Charges charges, Instant placedAt) {

    public PlaceOrder {
        Objects.requireNonNull(orderId, "orderId == null");
        Objects.requireNonNull(account, "account == null");
        Objects.requireNonNull(card, "card == null");
        items = List.copyOf(items);
    }

    Order of(CustomerId customer) {
        return new Order(orderId, customer, account, card, merchantName, recipientName, items, charges, placedAt);
    }
}
