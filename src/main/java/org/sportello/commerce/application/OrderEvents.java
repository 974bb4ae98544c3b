package org.sportello.commerce.application;

import java.time.Instant;
import org.sportello.commerce.OrderUpdated;
import org.sportello.commerce.domain.Order;
import org.sportello.commerce.domain.OrderUpdate;
import org.sportello.commerce.domain.TrackedOrder;

/** The event each accepted change publishes: the whole order, so a receipt needs nothing else. */
final class OrderEvents {

    private OrderEvents() {
    }

    static OrderUpdated placed(Order order) {
        return event(order, 0, OrderUpdated.Status.PLACED, null, null, order.placedAt());
    }

    static OrderUpdated updated(Order order, TrackedOrder.Recorded recorded) {
        OrderUpdate update = recorded.update();
        OrderUpdated.Status status = OrderUpdated.Status.valueOf(update.status().name());
        Instant at = update instanceof OrderUpdate.Delivery delivery ? delivery.deliveredAt() : recorded.at();
        return event(order, recorded.number(), status, update instanceof OrderUpdate.Shipment shipment ? shipment : null,
                update instanceof OrderUpdate.Refund refund ? refund : null, at);
    }

    private static OrderUpdated event(Order order, int number, OrderUpdated.Status status, OrderUpdate.Shipment shipment,
                                      OrderUpdate.Refund refund, Instant at) {
        return new OrderUpdated(order.orderId(), number, order.customer(), status, order.merchantName(), order.recipientName(),
                order.card().display(),
                order.items().stream().map(item -> new OrderUpdated.Item(item.title(), item.quantity(), item.price())).toList(),
                order.charges().subtotal(), order.charges().shipping(), order.charges().tax(), order.charges().total(),
                shipment == null ? null : shipment.carrier(), shipment == null ? null : shipment.trackingNumber(),
                shipment == null || shipment.trackingUrl() == null ? null : shipment.trackingUrl().toString(),
                refund == null ? null : refund.amount(), refund == null ? null : refund.reason(), at);
    }
}
