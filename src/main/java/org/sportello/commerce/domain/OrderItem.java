package org.sportello.commerce.domain;

import java.util.Objects;
import org.sportello.shared.Money;

/** One line of an order: what, how many, and the price of one. */
public record OrderItem(String title, int quantity, Money price) {

    /** Messenger's receipt shows a title on one line; longer ones are cut there. */
    public static final int TITLE_CHARS_MAX = 80;
    public static final int QUANTITY_MAX = 9_999;

    public OrderItem {
        Objects.requireNonNull(title, "title == null");
        Objects.requireNonNull(price, "price == null");
        if (title.isBlank() || title.length() > TITLE_CHARS_MAX) {
            throw new IllegalArgumentException("item title must be 1 to " + TITLE_CHARS_MAX + " characters, got " + title.length());
        }
        if (quantity < 1 || quantity > QUANTITY_MAX) {
            throw new IllegalArgumentException("item quantity must be 1 to " + QUANTITY_MAX + ", got " + quantity);
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("item price must not be negative, got " + price);
        }
    }
}
