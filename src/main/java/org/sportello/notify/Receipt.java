package org.sportello.notify;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.sportello.shared.Money;

/**
 * A purchase's receipt, structured, for a platform that shows receipts in a form of its own
 * (Messenger's receipt template). The message's text says the same for the others.
 *
 * @param paymentMethod the card as a receipt shows it: "Visa •••• 4821"
 * @param timestamp     when the order was placed
 */
public record Receipt(String recipientName, String orderNumber, Currency currency, String paymentMethod, Instant timestamp,
                      List<Element> elements, Money subtotal, Money shippingCost, Money totalTax, Money totalCost) {

    /** Messenger's receipt template takes at most 100 elements. */
    public static final int ELEMENTS_MAX = 100;

    /** One item: its title, how many, and the price of one. */
    public record Element(String title, int quantity, Money price) {

        public Element {
            Objects.requireNonNull(title, "title == null");
            Objects.requireNonNull(price, "price == null");
        }
    }

    public Receipt {
        Objects.requireNonNull(recipientName, "recipientName == null");
        Objects.requireNonNull(orderNumber, "orderNumber == null");
        Objects.requireNonNull(currency, "currency == null");
        Objects.requireNonNull(paymentMethod, "paymentMethod == null");
        Objects.requireNonNull(timestamp, "timestamp == null");
        Objects.requireNonNull(totalCost, "totalCost == null");
        elements = List.copyOf(elements);
        if (elements.isEmpty() || elements.size() > ELEMENTS_MAX) {
            throw new IllegalArgumentException("a receipt has 1 to " + ELEMENTS_MAX + " elements, got " + elements.size());
        }
        for (Money amount : new Money[] {subtotal, shippingCost, totalTax, totalCost}) {
            if (amount != null && !amount.currency().equals(currency)) {
                throw new IllegalArgumentException("receipt amounts must be in " + currency + ", got " + amount);
            }
        }
    }
}
