package org.sportello.bank.domain;

import java.util.Currency;
import java.util.Set;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;

/** What booking needs to know of an account: whose it is, its currency and its cards' last digits. */
public record AccountHolding(String accountId, CustomerId customer, Iban iban, Currency currency, Set<String> cardLast4s) {

    public AccountHolding {
        cardLast4s = Set.copyOf(cardLast4s);
    }
}
