package org.sportello.assistant.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.sportello.assistant.domain.DialogueState.Awaiting;
import org.sportello.assistant.domain.Intent;
import org.sportello.assistant.domain.entities.CardReference;
import org.sportello.bank.CardChange;
import org.sportello.bank.CardKind;
import org.sportello.bank.CardPerks;
import org.sportello.bank.CardStatus;
import org.sportello.bank.CardView;
import org.sportello.bank.Cards;
import org.sportello.bank.FreezeReason;
import org.sportello.consent.ConsentCheck;
import org.sportello.notify.QuickReply;
import org.sportello.shared.Language;
import org.sportello.shared.MaskedPan;
import org.springframework.stereotype.Component;

/**
 * Freezing and unfreezing cards, always confirmed first, and what comes with each card. The
 * question "which card?" is asked with a button per card when the customer has several.
 */
@Component
class CardSkills {

    /** Payloads of the buttons: a card chosen, and the answer to "are you sure?". */
    static final String CHOOSE_CARD = "CARD:";
    static final String CONFIRM = "CONFIRM:YES";
    static final String CANCEL = "CONFIRM:NO";

    private final Cards cards;
    private final Replies replies;

    CardSkills(Cards cards, Replies replies) {
        this.cards = cards;
        this.replies = replies;
    }

    /** An answer, and what the dialogue waits for after it. */
    record Step(Answer answer, Awaiting next) {
    }

    /**
     * First step of a freeze or an unfreeze: the card is found from what the customer said, asked
     * for when unclear, and the change is confirmed before it happens.
     */
    Step ask(ConsentCheck.Granted accounts, Intent action, Optional<CardReference> said, Language language) {
        CardStatus from = action == Intent.CARD_FREEZE ? CardStatus.ACTIVE : CardStatus.FROZEN;
        List<CardView> owned = cards.cardsOf(accounts);
        List<CardView> candidates = owned.stream().filter(card -> said.map(reference -> matches(card, reference)).orElse(true)).toList();
        if (candidates.isEmpty() && said.isPresent() && said.get().last4().isEmpty()) {
            // "il bancomat" for a prepaid card: people name a kind loosely; only last digits must match exactly.
            candidates = owned;
        }
        if (candidates.isEmpty()) {
            String key = owned.isEmpty() ? "assistant.card.none" : "assistant.card.no-match";
            return new Step(Answer.of(replies.text(key, language), List.of()), Awaiting.NOTHING);
        }
        List<CardView> changeable = candidates.stream().filter(card -> card.status() == from).toList();
        if (changeable.isEmpty()) {
            String key = action == Intent.CARD_FREEZE ? "assistant.card.already-frozen" : "assistant.card.not-frozen";
            return new Step(Answer.of(replies.text(key, language, candidates.get(0).pan().display()), List.of()), Awaiting.NOTHING);
        }
        if (changeable.size() > 1) {
            List<QuickReply> choices = changeable.stream().map(card -> new QuickReply(describe(card, language),
                    CHOOSE_CARD + card.cardId())).toList();
            return new Step(Answer.of(replies.text("assistant.card.which", language), choices), Awaiting.card(action));
        }
        return confirm(action, changeable.get(0), language);
    }

    /** The customer picked a card from the buttons: ask to confirm. */
    Step chosen(ConsentCheck.Granted accounts, Intent action, String cardId, Language language) {
        return cards.cardsOf(accounts).stream().filter(card -> card.cardId().equals(cardId)).findFirst()
                .map(card -> confirm(action, card, language))
                .orElseGet(() -> new Step(Answer.of(replies.text("assistant.card.no-match", language), List.of()), Awaiting.NOTHING));
    }

    private Step confirm(Intent action, CardView card, Language language) {
        String verb = action == Intent.CARD_FREEZE ? "freeze" : "unfreeze";
        List<QuickReply> choices = List.of(new QuickReply(replies.text("assistant.card." + verb + ".yes", language), CONFIRM),
                new QuickReply(replies.text("assistant.card.no", language), CANCEL));
        return new Step(Answer.of(replies.text("assistant.card." + verb + ".confirm", language, describe(card, language)), choices),
                Awaiting.confirmation(action, card.cardId()));
    }

    /** Confirmed: freezes. */
    Answer freeze(ConsentCheck.Granted accounts, String cardId, Language language) {
        return outcome(cards.freeze(accounts, cardId, FreezeReason.CUSTOMER_REQUEST), language);
    }

    /** Confirmed: unfreezes; the caller holds the PAYMENTS consent. */
    Answer unfreeze(ConsentCheck.Granted payments, String cardId, Language language) {
        return outcome(cards.unfreeze(payments, cardId), language);
    }

    Answer cancelled(Language language) {
        return Answer.of(replies.text("assistant.card.cancelled", language), List.of());
    }

    private Answer outcome(CardChange change, Language language) {
        if (change instanceof CardChange.Frozen frozen) {
            return Answer.of(replies.text("assistant.card.frozen", language, frozen.card().pan().display()),
                    List.of(replies.suggestion(Intent.HUMAN_AGENT, language)));
        }
        if (change instanceof CardChange.Unfrozen unfrozen) {
            return Answer.of(replies.text("assistant.card.unfrozen", language, unfrozen.card().pan().display()), List.of());
        }
        if (change instanceof CardChange.AlreadyFrozen already) {
            return Answer.of(replies.text("assistant.card.already-frozen", language, already.card().pan().display()), List.of());
        }
        if (change instanceof CardChange.AlreadyActive already) {
            return Answer.of(replies.text("assistant.card.not-frozen", language, already.card().pan().display()), List.of());
        }
        if (change instanceof CardChange.NotChangeable fixed) {
            return Answer.of(replies.text("assistant.card.not-changeable", language, fixed.card().pan().display(),
                    replies.text("card.status." + fixed.status().name().toLowerCase(Locale.ROOT), language)), List.of());
        }
        return Answer.of(replies.text("assistant.card.no-match", language), List.of());
    }

    /** Perks of every card, a title per card and a line per perk. */
    Answer perks(ConsentCheck.Granted accounts, Language language) {
        List<CardPerks> all = cards.perksOf(accounts);
        if (all.isEmpty()) {
            return Answer.of(replies.text("assistant.card.none", language), List.of());
        }
        StringJoiner text = new StringJoiner("\n");
        for (CardPerks card : all) {
            text.add(replies.text("assistant.perks.card", language, describe(card.brand(), card.kind(), card.pan(), language)));
            if (card.perks().isEmpty()) {
                text.add(replies.text("assistant.perks.none", language));
            }
            card.perks().forEach(perk -> text.add(replies.text("assistant.perks.line", language,
                    replies.text("perk." + perk + ".name", language), replies.text("perk." + perk + ".detail", language))));
        }
        return Answer.of(text.toString(), List.of());
    }

    private String describe(CardView card, Language language) {
        return describe(card.brand(), card.kind(), card.pan(), language);
    }

    /** "carta di debito VISA •••• 4821", "VISA debit card •••• 4821": the kind inside a sentence, in lower case. */
    private String describe(String brand, CardKind kind, MaskedPan pan, Language language) {
        String kindName = replies.text("card.kind." + kind.name().toLowerCase(Locale.ROOT), language).toLowerCase(language.locale());
        return replies.text("assistant.card.describe", language, brand, kindName, pan.display());
    }

    private static boolean matches(CardView card, CardReference reference) {
        boolean last4 = reference.last4().map(digits -> digits.equals(card.pan().last4())).orElse(true);
        boolean kind = reference.kind().map(wanted -> wanted.name().equals(card.kind().name())).orElse(true);
        return last4 && kind;
    }
}
