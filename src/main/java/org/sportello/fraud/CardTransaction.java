package org.sportello.fraud;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Money;

/**
 * A card payment as the scorer sees it: whatever a card processor, a bank feed or a labelled data
 * set can say about it. Optional parts are null when the source does not know them; the rules that
 * need them then stay silent.
 *
 * @param card             the card's id at the bank: any stable string, never the full card number
 * @param amount           what was paid, positive, in the card's currency
 * @param at               when the payment was authorised
 * @param zone             the card holder's time zone, for what "night" means to them
 * @param category         the merchant's category: the bank's taxonomy code or a data set's own label
 * @param mcc              the ISO 18245 merchant category code, or null
 * @param merchant         the merchant's name, or null
 * @param cardPresent      whether the card was at the terminal (chip, contactless, swipe), as opposed
 *                         to online or by phone: only payments in person say where the card is
 * @param merchantLocation where the merchant is, or null
 * @param home             where the card holder lives, or null
 */
public record CardTransaction(String card, Money amount, Instant at, ZoneId zone, String category, String mcc,
                              String merchant, boolean cardPresent, GeoPoint merchantLocation, GeoPoint home) {

    public CardTransaction {
        Objects.requireNonNull(card, "card == null");
        Objects.requireNonNull(amount, "amount == null");
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(zone, "zone == null");
        Objects.requireNonNull(category, "category == null");
        if (card.isBlank()) {
            throw new IllegalArgumentException("card is blank");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a card payment's amount must be positive, got " + amount);
        }
    }
}
