package org.sportello.bank;

import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;

/**
 * Whose account an IBAN is, for routing what arrives about it (an order paid from it) to the
 * customer's linked chats. Reads no customer data beyond the owner and the cards' last digits;
 * what reaches a chat still passes the consent check.
 */
public interface AccountDirectory {

    Optional<AccountHolder> holderOf(Iban iban);

    record AccountHolder(CustomerId customer, Currency currency, Set<String> cardLast4s) {

        public AccountHolder {
            cardLast4s = Set.copyOf(cardLast4s);
        }
    }
}
