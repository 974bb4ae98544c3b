package org.sportello.bank.domain.card;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.sportello.bank.CardChange;
import org.sportello.bank.CardKind;
import org.sportello.bank.CardStatus;
import org.sportello.bank.CardView;
import org.sportello.shared.MaskedPan;

/**
 * A card as the bank's books hold it: the status last written and the last day it is valid.
 *
 * @param storedStatus the status in the books; {@link #statusOn} is what it means today
 * @param validThrough the last day of the expiry month
 * @param maskedIban   the account the card pays from
 */
public record IssuedCard(String id, String brand, MaskedPan pan, CardKind kind, CardStatus storedStatus, LocalDate validThrough,
                         String productCode, String maskedIban) {

    public IssuedCard {
        // Status and last valid day are what every answer about the card is computed from.
        Objects.requireNonNull(storedStatus, "storedStatus == null");
        Objects.requireNonNull(validThrough, "validThrough == null");
    }

    /**
     * The status today. Nothing rewrites a card's status when its month runs out, so an active or
     * frozen card past its last valid day is expired whatever the books say; a blocked one stays
     * blocked, which tells more.
     */
    public CardStatus statusOn(LocalDate today) {
        boolean lapsed = today.isAfter(validThrough);
        return lapsed && (storedStatus == CardStatus.ACTIVE || storedStatus == CardStatus.FROZEN) ? CardStatus.EXPIRED : storedStatus;
    }

    public CardView viewOn(LocalDate today) {
        return new CardView(id, brand, pan, kind, statusOn(today), YearMonth.from(validThrough), productCode, maskedIban);
    }

    /**
     * Why a change away from {@code from} did not happen, read after the conditional update
     * missed. Empty when the card is in {@code from} after all: a change the other way came in
     * between the update and this read, and the update may be tried again.
     */
    public Optional<CardChange> refusal(CardStatus from, LocalDate today) {
        CardStatus status = statusOn(today);
        if (status == from) {
            return Optional.empty();
        }
        CardView card = viewOn(today);
        return Optional.of(switch (status) {
            case FROZEN -> new CardChange.AlreadyFrozen(card);
            case ACTIVE -> new CardChange.AlreadyActive(card);
            case BLOCKED, EXPIRED -> new CardChange.NotChangeable(card);
        });
    }
}
