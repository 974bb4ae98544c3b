package org.sportello.bank;

import java.util.List;

/**
 * A customer's cards: what they are, what comes with them, and freezing and unfreezing them.
 * Freezing only protects, so the ACCOUNTS scope every link has is enough; unfreezing lets money
 * move again, so it needs the PAYMENTS scope. Each method refuses a grant of another scope.
 */
public interface Cards {

    /** Every card of the customer, by account (oldest first) then card id. */
    List<CardView> cardsOf(Grant accounts);

    /** Freezes an active card; the outcome says what happened, including that nothing did. */
    CardChange freeze(Grant accounts, String cardId, FreezeReason reason);

    /** Makes a frozen card pay again. */
    CardChange unfreeze(Grant payments, String cardId);

    /** The perks of each of the customer's cards, in the order of {@link #cardsOf}. */
    List<CardPerks> perksOf(Grant accounts);
}
