package org.sportello.bank;

import java.util.List;
import org.sportello.shared.Money;

/** An account as the customer sees it in a chat: masked IBAN, product, balance and its cards. */
public record AccountSummary(String accountId, String maskedIban, String productName, Money balance, List<CardSummary> cards) {

    public AccountSummary {
        cards = List.copyOf(cards);
    }

    /** A card, reduced to brand, last four digits and status. */
    public record CardSummary(String cardId, String brand, String last4, String status) {
    }
}
