package org.sportello.commerce;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Money;

/**
 * Something happened to a customer's order. Carries what a receipt or a shipping update shows:
 * the card only as its brand and last four digits, the account not at all.
 *
 * @param update         0 for the order placed, then 1, 2... for each later update of the order
 * @param status         PLACED (a receipt), SHIPPED, DELIVERED or REFUNDED
 * @param recipientName  who the order goes to, as the merchant wrote it; null when not given
 * @param paymentMethod  the card as a receipt shows it: "Visa •••• 4821"
 * @param carrier        for SHIPPED, else null
 * @param trackingNumber for SHIPPED, else null
 * @param trackingUrl    for SHIPPED when the merchant gave one (https), else null
 * @param refunded       for REFUNDED, the amount given back, else null
 * @param refundReason   for REFUNDED when the merchant gave one, else null
 * @param at             when it happened: placed, delivered, or reported (shipped, refunded)
 */
public record OrderUpdated(String orderId, int update, CustomerId customer, Status status, String merchantName,
                           String recipientName, String paymentMethod, List<Item> items, Money subtotal, Money shipping,
                           Money tax, Money total, String carrier, String trackingNumber, String trackingUrl, Money refunded,
                           String refundReason, Instant at) {

    public enum Status { PLACED, SHIPPED, DELIVERED, REFUNDED }

    /** @param price the price of one */
    public record Item(String title, int quantity, Money price) {
    }

    public OrderUpdated {
        Objects.requireNonNull(orderId, "orderId == null");
        Objects.requireNonNull(customer, "customer == null");
        Objects.requireNonNull(status, "status == null");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
