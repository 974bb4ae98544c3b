package org.sportello.commerce.adapter.in.web;

import java.time.Instant;
import java.util.List;
import org.sportello.commerce.domain.Order;
import org.sportello.commerce.domain.OrderUpdate;
import org.sportello.commerce.domain.TrackedOrder;

/**
 * An order as the API answers it: amounts as decimal strings in the order's currency, the account
 * masked, the card as brand and last four digits.
 */
record OrderView(String orderId, String status, String account, Card card, Merchant merchant, String recipientName,
                 String currency, List<Item> items, String subtotal, String shipping, String tax, String total,
                 String refunded, Instant placedAt, List<Update> updates) {

    record Card(String brand, String last4) {
    }

    record Merchant(String name) {
    }

    record Item(String title, int quantity, String price) {
    }

    /** One update; only the fields of its status are present. */
    record Update(int number, String status, String carrier, String trackingNumber, String trackingUrl, Instant deliveredAt,
                  String amount, String reason, Instant receivedAt) {
    }

    static OrderView of(TrackedOrder tracked) {
        Order order = tracked.order();
        return new OrderView(order.orderId(), tracked.status().name(), order.account().masked(),
                new Card(order.card().brand().name(), order.card().card().last4()), new Merchant(order.merchantName()),
                order.recipientName(), order.currency().getCurrencyCode(),
                order.items().stream().map(item -> new Item(item.title(), item.quantity(), item.price().toDecimalString())).toList(),
                order.charges().subtotal().toDecimalString(), order.charges().shipping().toDecimalString(),
                order.charges().tax().toDecimalString(), order.charges().total().toDecimalString(),
                tracked.refunded().toDecimalString(), order.placedAt(), tracked.updates().stream().map(OrderView::update).toList());
    }

    private static Update update(TrackedOrder.Recorded recorded) {
        OrderUpdate update = recorded.update();
        OrderUpdate.Shipment shipment = update instanceof OrderUpdate.Shipment parcel ? parcel : null;
        OrderUpdate.Refund refund = update instanceof OrderUpdate.Refund money ? money : null;
        return new Update(recorded.number(), update.status().name(), shipment == null ? null : shipment.carrier(),
                shipment == null ? null : shipment.trackingNumber(),
                shipment == null || shipment.trackingUrl() == null ? null : shipment.trackingUrl().toString(),
                update instanceof OrderUpdate.Delivery delivery ? delivery.deliveredAt() : null,
                refund == null ? null : refund.amount().toDecimalString(), refund == null ? null : refund.reason(), recorded.at());
    }
}
