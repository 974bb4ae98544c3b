package org.sportello.notify.application;

import java.util.ArrayList;
import java.util.List;
import org.sportello.commerce.OrderUpdated;
import org.sportello.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an order's update as a short message in the customer's language: the receipt as text
 * (the channels without a receipt form of their own show this), a shipment, a delivery, a refund.
 */
@Component
class OrderTexts {

    /** A receipt names the first items and counts the rest, so that any order fits in one message. */
    static final int ITEMS_SHOWN_MAX = 5;

    private final MessageSource messages;

    OrderTexts(MessageSource messages) {
        this.messages = messages;
    }

    String render(OrderUpdated order, Language language) {
        return switch (order.status()) {
            case PLACED -> receipt(order, language);
            case SHIPPED -> order.trackingUrl() == null
                    ? text("notify.order.shipped", language, order.orderId(), order.merchantName(), order.carrier(), order.trackingNumber())
                    : text("notify.order.shipped.link", language, order.orderId(), order.merchantName(), order.carrier(),
                            order.trackingNumber(), order.trackingUrl());
            case DELIVERED -> text("notify.order.delivered", language, order.orderId(), order.merchantName());
            case REFUNDED -> order.refundReason() == null
                    ? text("notify.order.refunded", language, order.merchantName(), order.refunded().format(language), order.orderId(),
                            order.paymentMethod())
                    : text("notify.order.refunded.reason", language, order.merchantName(), order.refunded().format(language),
                            order.orderId(), order.paymentMethod(), order.refundReason());
        };
    }

    /** "Cuffie wireless ×1 59,90 €; spedizione 4,90 €" inside the receipt's sentence; charges that are zero are left out. */
    private String receipt(OrderUpdated order, Language language) {
        List<String> items = new ArrayList<>();
        for (OrderUpdated.Item item : order.items().subList(0, Math.min(ITEMS_SHOWN_MAX, order.items().size()))) {
            items.add(text("notify.order.item", language, item.title(), item.quantity(), item.price().format(language)));
        }
        if (order.items().size() > ITEMS_SHOWN_MAX) {
            items.add(text("notify.order.more-items", language, order.items().size() - ITEMS_SHOWN_MAX));
        }
        List<String> details = new ArrayList<>(List.of(String.join(", ", items)));
        if (order.shipping() != null && order.shipping().isPositive()) {
            details.add(text("notify.order.shipping", language, order.shipping().format(language)));
        }
        if (order.tax() != null && order.tax().isPositive()) {
            details.add(text("notify.order.tax", language, order.tax().format(language)));
        }
        return text("notify.order.placed", language, order.merchantName(), order.orderId(), String.join("; ", details),
                order.total().format(language), order.paymentMethod());
    }

    private String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
