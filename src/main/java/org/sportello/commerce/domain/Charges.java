package org.sportello.commerce.domain;

import java.util.Objects;
import org.sportello.shared.Money;

/** What an order costs: the items, shipping and tax, and their total, all in the order's currency. */
public record Charges(Money subtotal, Money shipping, Money tax, Money total) {

    public Charges {
        Objects.requireNonNull(subtotal, "subtotal == null");
        Objects.requireNonNull(shipping, "shipping == null");
        Objects.requireNonNull(tax, "tax == null");
        Objects.requireNonNull(total, "total == null");
        if (subtotal.isNegative() || shipping.isNegative() || tax.isNegative()) {
            throw new IllegalArgumentException("charges must not be negative: " + subtotal + ", " + shipping + ", " + tax);
        }
        if (!addUp(subtotal, shipping, tax, total)) {
            throw new IllegalStateException("charges do not add up: " + subtotal + " + " + shipping + " + " + tax + " != " + total);
        }
    }

    /** Whether {@code total} is subtotal + shipping + tax (all in one currency). */
    public static boolean addUp(Money subtotal, Money shipping, Money tax, Money total) {
        return subtotal.plus(shipping).plus(tax).equals(total);
    }
}
