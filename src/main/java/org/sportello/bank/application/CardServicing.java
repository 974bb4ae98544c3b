package org.sportello.bank.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.sportello.bank.CardChange;
import org.sportello.bank.CardFrozen;
import org.sportello.bank.CardPerks;
import org.sportello.bank.CardStatus;
import org.sportello.bank.CardUnfrozen;
import org.sportello.bank.CardView;
import org.sportello.bank.Cards;
import org.sportello.bank.FreezeReason;
import org.sportello.bank.Grant;
import org.sportello.bank.domain.card.CardCatalogue;
import org.sportello.bank.domain.card.IssuedCard;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bank's card servicing for the assistant: listing cards and their perks, freezing and unfreezing. */
@Service
@Transactional(readOnly = true)
class CardServicing implements Cards {

    /** The bank is Italian: a card is valid through the last day of its expiry month in Italy. */
    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Rome");

    /**
     * A conditional update that missed, then read the card back in the status it meant to leave,
     * raced a change the other way (unfrozen and frozen again in between): trying again settles it.
     * Missing this often means something keeps flipping the card, which is a bug.
     */
    static final int CHANGE_ATTEMPTS_MAX = 3;

    private final CardStore cards;
    private final CardCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CardServicing(CardStore cards, CardCatalogue catalogue, ApplicationEventPublisher events, Clock clock) {
        this.cards = cards;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<CardView> cardsOf(Grant accounts) {
        CustomerId customer = Grants.require(accounts, Scope.ACCOUNTS);
        LocalDate today = today(clock.instant());
        return cards.cardsOf(customer).stream().map(card -> card.viewOn(today)).toList();
    }

    @Override
    public List<CardPerks> perksOf(Grant accounts) {
        CustomerId customer = Grants.require(accounts, Scope.ACCOUNTS);
        return cards.cardsOf(customer).stream()
                .map(card -> new CardPerks(card.id(), card.productCode(), card.brand(), card.kind(), card.pan(),
                        catalogue.perksOf(card.productCode())))
                .toList();
    }

    @Override
    @Transactional
    public CardChange freeze(Grant accounts, String cardId, FreezeReason reason) {
        CustomerId customer = Grants.requireFor(accounts, Scope.ACCOUNTS, "freeze a card");
        Objects.requireNonNull(reason, "reason == null");
        Instant at = clock.instant();
        LocalDate today = today(at);
        return change(customer, cardId, CardStatus.ACTIVE, today, () -> cards.freeze(customer, cardId, reason, at, today), card -> {
            events.publishEvent(new CardFrozen(card.id(), customer, card.pan(), reason, at));
            return new CardChange.Frozen(card.viewOn(today), reason, at);
        });
    }

    @Override
    @Transactional
    public CardChange unfreeze(Grant payments, String cardId) {
        CustomerId customer = Grants.requireFor(payments, Scope.PAYMENTS, "unfreeze a card");
        Instant at = clock.instant();
        LocalDate today = today(at);
        return change(customer, cardId, CardStatus.FROZEN, today, () -> cards.unfreeze(customer, cardId, today), card -> {
            events.publishEvent(new CardUnfrozen(card.id(), customer, card.pan(), at));
            return new CardChange.Unfrozen(card.viewOn(today), at);
        });
    }

    /**
     * Runs the conditional {@code update}; when it changed the card, {@code changed} tells the
     * outcome, otherwise the card read back tells why not.
     */
    private CardChange change(CustomerId customer, String cardId, CardStatus from, LocalDate today, BooleanSupplier update,
                              Function<IssuedCard, CardChange> changed) {
        Objects.requireNonNull(cardId, "cardId == null");
        for (int attempt = 1; attempt <= CHANGE_ATTEMPTS_MAX; attempt++) {
            if (update.getAsBoolean()) {
                return changed.apply(cards.find(customer, cardId)
                        .orElseThrow(() -> new IllegalStateException("card " + cardId + " changed but cannot be read back")));
            }
            Optional<IssuedCard> card = cards.find(customer, cardId);
            if (card.isEmpty()) {
                return new CardChange.NotFound(cardId);
            }
            Optional<CardChange> refusal = card.get().refusal(from, today);
            if (refusal.isPresent()) {
                return refusal.get();
            }
        }
        throw new IllegalStateException("card " + cardId + " changed status under " + CHANGE_ATTEMPTS_MAX + " updates in a row");
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, BANK_ZONE);
    }
}
