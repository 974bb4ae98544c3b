package org.sportello.bank.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sportello.bank.FreezeReason;
import org.sportello.bank.domain.card.IssuedCard;
import org.sportello.shared.CustomerId;

/**
 * Customers' cards. Every method names the customer, so a card id of another customer reads and
 * changes nothing.
 */
public interface CardStore {

    /** By account (oldest first), then card id. */
    List<IssuedCard> cardsOf(CustomerId customer);

    Optional<IssuedCard> find(CustomerId customer, String cardId);

    /**
     * Freezes the card if it is ACTIVE and still valid on {@code today}, in one conditional update,
     * so that of two concurrent freezes exactly one changes it.
     *
     * @return whether this call froze it
     */
    boolean freeze(CustomerId customer, String cardId, FreezeReason reason, Instant at, LocalDate today);

    /** Makes the card ACTIVE again if it is FROZEN and still valid on {@code today}, the same way. */
    boolean unfreeze(CustomerId customer, String cardId, LocalDate today);
}
