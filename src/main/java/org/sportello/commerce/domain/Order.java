package org.sportello.commerce.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;

/**
 * An order as the merchant placed it, paid with a card of the customer's account. Its content
 * never changes: what happens to it afterwards is an {@link OrderUpdate}.
 *
 * @param orderId       the merchant's id, the idempotency key
 * @param recipientName who the order goes to, as the merchant wrote it; null when not given
 */
public record Order(String orderId, CustomerId customer, Iban account, PaymentCard card, String merchantName,
                    String recipientName, List<OrderItem> items, Charges charges, Instant placedAt) {

    public static final int ID_CHARS_MAX = 64;
    public static final int NAME_CHARS_MAX = 100;
    /** Messenger's receipt template holds at most 100 elements. */
    public static final int ITEMS_MAX = 100;

    // Letters, digits and . _ : + -: safe in a URL path segment and in message ids.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:+-]{1," + ID_CHARS_MAX + "}");

    public Order {
        Objects.requireNonNull(orderId, "orderId == null");
        Objects.requireNonNull(customer, "customer == null");
        Objects.requireNonNull(account, "account == null");
        Objects.requireNonNull(card, "card == null");
        Objects.requireNonNull(merchantName, "merchantName == null");
        Objects.requireNonNull(charges, "charges == null");
        Objects.requireNonNull(placedAt, "placedAt == null");
        items = List.copyOf(items);
        if (!isValidId(orderId)) {
            throw new IllegalArgumentException("order id must be 1 to " + ID_CHARS_MAX + " of A-Z a-z 0-9 . _ : + -");
        }
        if (items.isEmpty() || items.size() > ITEMS_MAX) {
            throw new IllegalArgumentException("an order has 1 to " + ITEMS_MAX + " items, got " + items.size());
        }
        Currency currency = charges.total().currency();
        if (items.stream().anyMatch(item -> !item.price().currency().equals(currency))) {
            throw new IllegalArgumentException("every item must be priced in the order's currency " + currency);
        }
    }

    public static boolean isValidId(String orderId) {
        return orderId != null && ID.matcher(orderId).matches();
    }

    public Currency currency() {
        return charges.total().currency();
    }

    /** The fields in which {@code other} is not this order, by their names in the API; empty when it is the same. */
    public List<String> differencesFrom(Order other) {
        List<String> differences = new ArrayList<>();
        differ(differences, "account", account, other.account);
        differ(differences, "card", card, other.card);
        differ(differences, "merchant", merchantName, other.merchantName);
        differ(differences, "recipientName", recipientName, other.recipientName);
        differ(differences, "currency", currency(), other.currency());
        differ(differences, "items", items, other.items);
        differ(differences, "subtotal", charges.subtotal(), other.charges.subtotal());
        differ(differences, "shipping", charges.shipping(), other.charges.shipping());
        differ(differences, "tax", charges.tax(), other.charges.tax());
        differ(differences, "total", charges.total(), other.charges.total());
        differ(differences, "placedAt", placedAt, other.placedAt);
        return differences;
    }

    private static void differ(List<String> differences, String field, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            differences.add(field);
        }
    }
}
