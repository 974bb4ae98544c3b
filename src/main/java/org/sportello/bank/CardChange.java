package org.sportello.bank;

import java.time.Instant;

/**
 * What became of a request to freeze or unfreeze a card. Each outcome carries the card as it is
 * now, except {@link NotFound}: a card of another customer is not found, so a guessed id reveals
 * nothing.
 */
public sealed interface CardChange {

    /** Frozen now, by this request. */
    record Frozen(CardView card, FreezeReason reason, Instant at) implements CardChange {
    }

    /** Active again now, by this request. */
    record Unfrozen(CardView card, Instant at) implements CardChange {
    }

    /** It was frozen before: nothing changed. */
    record AlreadyFrozen(CardView card) implements CardChange {
    }

    /** It was not frozen: nothing changed. */
    record AlreadyActive(CardView card) implements CardChange {
    }

    /** The customer has no card with this id. */
    record NotFound(String cardId) implements CardChange {
    }

    /** Blocked or expired: neither freezing nor unfreezing applies, so nothing changed. */
    record NotChangeable(CardView card) implements CardChange {

        public CardStatus status() {
            return card.status();
        }
    }
}
