package org.sportello.commerce.domain;

import java.util.Objects;
import org.sportello.shared.MaskedPan;

/** The card an order was paid with, as much of it as a receipt may show: scheme and last four digits. */
public record PaymentCard(CardBrand brand, MaskedPan card) {

    public PaymentCard {
        Objects.requireNonNull(brand, "brand == null");
        Objects.requireNonNull(card, "card == null");
    }

    /** "Visa •••• 4821". */
    public String display() {
        return brand.displayName() + " " + card.display();
    }
}
