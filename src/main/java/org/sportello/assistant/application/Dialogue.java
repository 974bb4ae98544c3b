package org.sportello.assistant.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sportello.assistant.CustomerSaid;
import org.sportello.assistant.domain.DialogueState;
import org.sportello.assistant.domain.DialogueState.Awaiting;
import org.sportello.assistant.domain.FollowUp;
import org.sportello.assistant.domain.Intent;
import org.sportello.assistant.domain.PlaceQuery;
import org.sportello.assistant.domain.SettingsRequest;
import org.sportello.assistant.domain.SpendingQuestion;
import org.sportello.assistant.domain.Understanding;
import org.sportello.assistant.domain.YesNo;
import org.sportello.assistant.domain.entities.CardReference;
import org.sportello.assistant.domain.entities.DatePeriod;
import org.sportello.assistant.domain.entities.EntityType;
import org.sportello.assistant.domain.entities.PlaceName;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.consent.UnlinkReason;
import org.sportello.fraud.FraudCases;
import org.sportello.notify.QuickReply;
import org.sportello.shared.Language;
import org.springframework.stereotype.Component;

/**
 * One turn of a conversation: reads the message, lets what the assistant asked before and the
 * question before it shape the reading (a yes to "are you sure?", a period for "which period?",
 * "e a settembre?" after a question about October), answers, and remembers what it waits for.
 */
@Component
class Dialogue {

    /** Payloads of the unlink confirmation's buttons. */
    static final String UNLINK_CONFIRM = "UNLINK:CONFIRM";
    static final String UNLINK_CANCEL = "UNLINK:CANCEL";
    static final String INTENT = "INTENT:";
    /** The buttons of a fraud alert ("was this you?"), followed by the case id. */
    static final String FRAUD_YES = "FRAUD:YES:";
    static final String FRAUD_NO = "FRAUD:NO:";
    /** What the channels make of a shared location: "LOCATION:lat,lon". */
    static final String LOCATION = "LOCATION:";

    private final Consents consents;
    private final MessageReader reader;
    private final Conversations conversations;
    private final Answering answering;
    private final Replies replies;
    private final FraudCases fraudCases;

    Dialogue(Consents consents, MessageReader reader, Conversations conversations, Answering answering, Replies replies,
             FraudCases fraudCases) {
        this.consents = consents;
        this.reader = reader;
        this.conversations = conversations;
        this.answering = answering;
        this.replies = replies;
        this.fraudCases = fraudCases;
    }

    Turn handle(CustomerSaid said) {
        Optional<LinkedChat> link = consents.linkOf(said.from());
        DialogueState state = conversations.of(said.from());
        Understanding understanding = reader.read(said.text(), said.from(), link);
        // A payload sent as the text (a shared location) is no language at all.
        Optional<Language> written = said.text().equals(said.payload()) ? Optional.empty() : understanding.language();
        Language language = written
                .or(() -> Optional.ofNullable(said.languageHint()))
                .or(() -> link.map(LinkedChat::language))
                .orElse(Language.IT);
        Answering.Context context = new Answering.Context(said.from(), link, language, understanding, state, said);
        List<Answer> answers = new ArrayList<>();
        if (said.cardNumbersRemoved() > 0) {
            answers.add(Answer.of(replies.text("assistant.card-number-removed", language), List.of()));
        }
        Answering.Outcome outcome = respond(said, context);
        outcome.answer().ifPresent(answers::add);
        conversations.remember(said.from(), outcome.state());
        return new Turn(language, understanding, outcome.intent(), answers);
    }

    private Answering.Outcome respond(CustomerSaid said, Answering.Context context) {
        if (said.payload() != null) {
            Optional<Answering.Outcome> tapped = tapped(said.payload(), context);
            if (tapped.isPresent()) {
                return tapped.get();
            }
        }
        Optional<Answering.Outcome> awaited = awaited(said.text(), context);
        if (awaited.isPresent()) {
            return awaited.get();
        }
        Optional<Answering.Outcome> named = namedPlace(said.text(), context);
        if (named.isPresent()) {
            return named.get();
        }
        Optional<PlaceQuery> places = context.state().places().flatMap(query -> query.followedBy(said.text(), AtmSkills.SHOWN));
        if (places.isPresent()) {
            return answering.atms(places.get(), context);
        }
        Optional<Answering.Outcome> fraud = typedFraudAnswer(said.text(), context);
        if (fraud.isPresent()) {
            return fraud.get();
        }
        if (said.payload() == null) {
            Optional<SettingsRequest> settings = SettingsRequest.parse(said.text());
            if (settings.isPresent()) {
                return answering.settings(settings.get(), context);
            }
        }
        Understanding understanding = context.understanding();
        Optional<Intent> followed = followUp(context.state(), understanding, said.text());
        if (followed.isPresent()) {
            return answering.money(followed.get(), context.state().question().with(understanding.entities()), context);
        }
        return answering.answer(understanding.intent(), context);
    }

    /** A button: unlink yes or no, a card, yes or no to a card change, a period, or an intent. */
    private Optional<Answering.Outcome> tapped(String payload, Answering.Context context) {
        if (UNLINK_CONFIRM.equals(payload) || UNLINK_CANCEL.equals(payload)) {
            return Optional.of(unlink(UNLINK_CONFIRM.equals(payload), context));
        }
        if (payload.equals(CardSkills.CONFIRM) || payload.equals(CardSkills.CANCEL)) {
            return confirmation(payload.equals(CardSkills.CONFIRM), context);
        }
        if (payload.startsWith(CardSkills.CHOOSE_CARD) && context.state().awaiting().kind() == Awaiting.Kind.CARD) {
            return Optional.of(answering.cardChosen(payload.substring(CardSkills.CHOOSE_CARD.length()), context));
        }
        if (payload.startsWith(Answering.PERIOD) && context.state().awaiting().kind() == Awaiting.Kind.PERIOD) {
            return answering.periodChosen(payload.substring(Answering.PERIOD.length()), context);
        }
        if (payload.startsWith(FRAUD_YES) || payload.startsWith(FRAUD_NO)) {
            boolean genuine = payload.startsWith(FRAUD_YES);
            return Optional.of(answering.fraud(payload.substring((genuine ? FRAUD_YES : FRAUD_NO).length()), genuine, context));
        }
        if (payload.startsWith(LOCATION)) {
            // A shared place: where is the nearest ATM. One that is no position is asked for again, not misunderstood.
            return Optional.of(AtmSkills.position(payload, LOCATION).map(position -> answering.atms(PlaceQuery.from(position), context))
                    .orElseGet(() -> answering.tapped(Intent.ATM_NEARBY, context)));
        }
        if (QuickReply.SHARE_LOCATION.equals(payload)) {
            // The web chat's share-location button sent as a line (an old page, another client): how to share one.
            return Optional.of(answering.tapped(Intent.ATM_NEARBY, context));
        }
        if (payload.startsWith(INTENT)) {
            return Intent.ofCode(payload.substring(INTENT.length())).map(intent -> answering.tapped(intent, context));
        }
        return Optional.empty();
    }

    /** A typed answer to what the assistant asked: yes or no, a period, a card, a person. */
    private Optional<Answering.Outcome> awaited(String text, Answering.Context context) {
        Awaiting awaiting = context.state().awaiting();
        Understanding understanding = context.understanding();
        switch (awaiting.kind()) {
            case CONFIRMATION:
                return YesNo.of(text).flatMap(yes -> confirmation(yes, context));
            case PERIOD:
                return understanding.first(DatePeriod.class).map(period -> answering.money(awaiting.intent().orElseThrow(),
                        context.state().question().with(understanding.entities()), context));
            case CARD:
                return understanding.first(CardReference.class).map(card -> answering.cards(awaiting.intent().orElseThrow(),
                        Optional.of(card), context));
            case HUMAN_OFFERED:
                return YesNo.of(text).map(yes -> yes ? answering.handover(true, context) : answering.answer(Intent.HELP, context));
            default:
                return Optional.empty();
        }
    }

    /**
     * A place named for the nearest ATMs: in the question itself ("bancomat vicino alla Gare de Lyon"),
     * as the answer to "where are you?" or alone ("Gare de Lyon"), or after an answer, to look elsewhere
     * with the same filters ("e vicino alla Bastiglia?"). A place asked about that the gazetteer does
     * not know is said so.
     */
    private Optional<Answering.Outcome> namedPlace(String text, Answering.Context context) {
        Understanding understanding = context.understanding();
        boolean aboutAtms = understanding.intent() == Intent.ATM_NEARBY && understanding.confidence() >= Answering.CONFIDENT;
        boolean onlyPlaces = !understanding.entities().isEmpty()
                && understanding.entities().stream().allMatch(entity -> entity.type() == EntityType.PLACE);
        boolean unsure = understanding.intent() == Intent.OUT_OF_SCOPE || understanding.confidence() < Answering.CONFIDENT;
        Optional<PlaceName> place = understanding.first(PlaceName.class);
        if (place.isPresent()) {
            if (aboutAtms || (onlyPlaces && context.state().awaiting().kind() == Awaiting.Kind.POSITION)) {
                return Optional.of(answering.atms(PlaceQuery.near(place.get()), context));
            }
            if (onlyPlaces && unsure) {
                // A place and nothing else: places are for finding ATMs, with the last answer's filters if any.
                PlaceName there = place.get();
                return Optional.of(answering.atms(context.state().places().map(last -> last.movedTo(there))
                        .orElseGet(() -> PlaceQuery.near(there)), context));
            }
            return Optional.empty();
        }
        if (aboutAtms || context.state().awaiting().kind() == Awaiting.Kind.POSITION) {
            return PlaceQuery.namedIn(text).map(unknown -> answering.unknownPlace(unknown, context));
        }
        return Optional.empty();
    }

    /** A typed "sì" or "no, non ero io" while a fraud alert of this customer waits for its answer. */
    private Optional<Answering.Outcome> typedFraudAnswer(String text, Answering.Context context) {
        if (context.link().isEmpty()) {
            return Optional.empty();
        }
        return YesNo.of(text).flatMap(yes -> fraudCases.awaitingAnswer(context.chat())
                .map(open -> answering.fraud(open.caseId(), yes, context)));
    }

    private Optional<Answering.Outcome> confirmation(boolean yes, Answering.Context context) {
        Awaiting awaiting = context.state().awaiting();
        if (awaiting.kind() != Awaiting.Kind.CONFIRMATION) {
            return Optional.empty(); // a stale button: read the message as any other
        }
        return Optional.of(answering.confirmed(yes, awaiting.intent().orElseThrow(), awaiting.cardId().orElseThrow(), context));
    }

    private Answering.Outcome unlink(boolean confirmed, Answering.Context context) {
        DialogueState next = context.state().understood(Awaiting.NOTHING);
        if (!confirmed) {
            return new Answering.Outcome(Intent.UNLINK_ACCOUNT, Optional.of(Answer.of(replies.text("assistant.unlink.cancelled",
                    context.language()), List.of())), next);
        }
        if (!consents.unlink(context.chat(), UnlinkReason.CUSTOMER)) {
            return new Answering.Outcome(Intent.UNLINK_ACCOUNT, Optional.of(Answer.of(replies.text("assistant.unlink.not-linked",
                    context.language()), List.of())), next);
        }
        // Linked until now: the AccountUnlinked event says so in the chat.
        return new Answering.Outcome(Intent.UNLINK_ACCOUNT, Optional.empty(), DialogueState.NEW);
    }

    /**
     * A message that names only what a question about money is about ("e a settembre?", "and
     * restaurants?") continues the question before it, unless it clearly asks something else.
     */
    static Optional<Intent> followUp(DialogueState state, Understanding understanding, String text) {
        if (state.topic().isEmpty() || !SpendingQuestion.namesAnything(understanding.entities())) {
            return Optional.empty();
        }
        Intent read = understanding.intent();
        boolean unsure = read == Intent.OUT_OF_SCOPE || understanding.confidence() < Answering.CONFIDENT;
        return unsure || FollowUp.isBare(text, understanding.entities()) ? state.topic() : Optional.empty();
    }
}
