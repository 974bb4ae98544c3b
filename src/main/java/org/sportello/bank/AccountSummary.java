package org.sportello.bank;

import java.util.List;
import org.sportello.shared.Money;

/**
 * An account as the customer sees it in a chat: masked IBAN, product, booked and available
 * balance (available = booked + pending) and its cards.
 */
public record AccountSummary(String accountId, String maskedIban, String productName, Money balance, Money available,
                             List<CardSummary> cards) {

    public AccountSummary {
        cards = List.copyOf(cards);
    }

    public boolean hasPending() {
        return !balance.equals(available);
    }

    /** A card, reduced to brand, last four digits and status. */
    public record CardSummary(String cardId, String brand, String last4, String status) {
    }
}
