package org.sportello.assistant.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sportello.assistant.CustomerSaid;
import org.sportello.assistant.HandoverRequested;
import org.sportello.assistant.domain.DialogueState;
import org.sportello.assistant.domain.DialogueState.Awaiting;
import org.sportello.assistant.domain.Intent;
import org.sportello.assistant.domain.PlaceQuery;
import org.sportello.assistant.domain.SettingsRequest;
import org.sportello.assistant.domain.SpendingQuestion;
import org.sportello.assistant.domain.Understanding;
import org.sportello.assistant.domain.entities.CardReference;
import org.sportello.assistant.domain.entities.DatePeriod;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.ConsentCheck;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.fraud.FraudCases;
import org.sportello.notify.QuickReply;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What the assistant answers to each intent, with the consent each answer needs, and what it waits for next. */
@Component
class Answering {

    /** Below this confidence the assistant does not act on its reading: it asks, or says it did not understand. */
    static final double CONFIDENT = 0.5;
    /** Above this (and below {@link #CONFIDENT}) it offers its likeliest readings as buttons. */
    static final double PLAUSIBLE = 0.2;
    static final int CHOICES_MAX = 3;
    /** Payload prefix of the "which period?" buttons. */
    static final String PERIOD = "PERIOD:";

    private static final List<String> PERIOD_CHOICES = List.of("this_month", "last_month", "this_year");

    /**
     * The chat, its link, its language, the message as read, and the dialogue so far.
     *
     * @param said the customer's message being answered
     */
    record Context(ChatAddress chat, Optional<LinkedChat> link, Language language, Understanding understanding, DialogueState state,
                   CustomerSaid said) {
    }

    /** The intent acted on, the answer (none when an event answers), and the dialogue after it. */
    record Outcome(Intent intent, Optional<Answer> answer, DialogueState state) {
    }

    private final Consents consents;
    private final AccountSkills accounts;
    private final SpendingSkills spending;
    private final CardSkills cards;
    private final NotificationSkills notifications;
    private final Replies replies;
    private final ApplicationEventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;
    private final FraudCases fraudCases;
    private final AtmSkills atmSkills;

    Answering(Consents consents, AccountSkills accounts, SpendingSkills spending, CardSkills cards, NotificationSkills notifications,
              Replies replies, ApplicationEventPublisher events, IdGenerator ids, Clock clock, FraudCases fraudCases, AtmSkills atmSkills) {
        this.consents = consents;
        this.accounts = accounts;
        this.spending = spending;
        this.cards = cards;
        this.notifications = notifications;
        this.replies = replies;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
        this.fraudCases = fraudCases;
        this.atmSkills = atmSkills;
    }

    /** The message read as {@code intent}, acted on if the reading is sure enough. */
    Outcome answer(Intent intent, Context context) {
        Understanding understanding = context.understanding();
        if (intent == Intent.OUT_OF_SCOPE || understanding.confidence() < PLAUSIBLE) {
            return notUnderstood(context);
        }
        if (understanding.confidence() < CONFIDENT) {
            return offerChoices(context);
        }
        return act(intent, context);
    }

    /** A button asked for the intent: sure, and a question about money keeps what the last one was about. */
    Outcome tapped(Intent intent, Context context) {
        if (isMoney(intent)) {
            return money(intent, context.state().question().with(context.understanding().entities()), context);
        }
        return act(intent, context);
    }

    private Outcome act(Intent intent, Context context) {
        Language language = context.language();
        DialogueState understood = context.state().understood(Awaiting.NOTHING);
        switch (intent) {
            case BALANCE:
                return done(intent, accounts.balance(context.chat(), language), understood);
            case TRANSACTIONS_RECENT:
                return done(intent, accounts.recentTransactions(context.chat(), language), understood);
            case SPENDING:
            case COMPARE_SPENDING:
            case LARGEST_EXPENSES:
                return money(intent, SpendingQuestion.NOTHING.with(context.understanding().entities()), context);
            case SUBSCRIPTIONS:
                return withConsent(intent, Scope.TRANSACTIONS, context,
                        grant -> done(intent, spending.subscriptions(grant, spending.today(grant, clock.instant()), language), understood));
            case CARD_FREEZE:
            case CARD_UNFREEZE:
                return cards(intent, context.understanding().first(CardReference.class), context);
            case CARD_PERKS:
                return withConsent(intent, Scope.ACCOUNTS, context, grant -> done(intent, cards.perks(grant, language), understood));
            case NOTIFICATION_SETTINGS:
                return settings(new SettingsRequest(SettingsRequest.Kind.SHOW, null, null, null), context);
            case HUMAN_AGENT:
                return handover(false, context);
            case ATM_NEARBY:
                return done(intent, atmSkills.askPosition(context.language()), context.state().understood(Awaiting.position()));
            default:
                return done(intent, conversational(intent, context), understood);
        }
    }

    /** Answers that need no customer data: greetings, help, linking, and what the chat cannot do yet. */
    private Answer conversational(Intent intent, Context context) {
        Language language = context.language();
        boolean linked = context.link().isPresent();
        switch (intent) {
            case LINK_ACCOUNT:
                return linked ? Answer.of(replies.text("assistant.link.already", language),
                        List.of(replies.linkButton("assistant.link.renew-button", language)))
                        : Answer.of(replies.text("assistant.link.offer", language), List.of(replies.linkButton(language)));
            case UNLINK_ACCOUNT:
                return linked ? Answer.of(replies.text("assistant.unlink.confirm", language), replies.unlinkChoices(language))
                        : Answer.of(replies.text("assistant.unlink.not-linked", language), List.of());
            case GREETING:
                return linked ? Answer.of(replies.text("assistant.greeting", language), replies.suggestions(language))
                        : Answer.of(replies.text("assistant.intro", language), List.of(replies.linkButton(language)));
            case HELP:
                return Answer.of(replies.text("assistant.help", language), replies.suggestions(language));
            case THANKS:
                return Answer.of(replies.text("assistant.thanks", language), List.of());
            case GOODBYE:
                return Answer.of(replies.text("assistant.goodbye", language), List.of());
            default: // transfers and money requests: understood, not offered in the chat yet
                return Answer.of(replies.text("assistant.not-yet." + intent.code(), language), replies.suggestions(language));
        }
    }

    /** Spending, comparisons and largest expenses: the period asked for when missing, the rest carried over. */
    Outcome money(Intent intent, SpendingQuestion question, Context context) {
        Language language = context.language();
        return withConsent(intent, Scope.TRANSACTIONS, context, grant -> {
            if (question.period().isEmpty() && intent == Intent.LARGEST_EXPENSES) {
                return money(intent, question.withPeriod(month(spending.today(grant, clock.instant()), 0)), context);
            }
            if (question.period().isEmpty()) {
                List<QuickReply> choices = PERIOD_CHOICES.stream().map(choice -> new QuickReply(
                        replies.text("assistant.period.choice." + choice, language), PERIOD + choice)).toList();
                return new Outcome(intent, Optional.of(Answer.of(replies.text("assistant.ask.period", language), choices)),
                        context.state().asked(intent, question, Awaiting.period(intent)));
            }
            Answer answer = switch (intent) {
                case COMPARE_SPENDING -> spending.compare(grant, question, language);
                case LARGEST_EXPENSES -> spending.largest(grant, question.period().orElseThrow(), language);
                default -> spending.spending(grant, question, language);
            };
            return new Outcome(intent, Optional.of(answer), context.state().asked(intent, question, Awaiting.NOTHING));
        });
    }

    /** A "which period?" button: this month, last month or this year in the customer's time zone. */
    Optional<Outcome> periodChosen(String choice, Context context) {
        if (!PERIOD_CHOICES.contains(choice)) {
            return Optional.empty();
        }
        Intent intent = context.state().awaiting().intent().orElseThrow();
        return Optional.of(withConsent(intent, Scope.TRANSACTIONS, context, grant -> {
            LocalDate today = spending.today(grant, clock.instant());
            DatePeriod period = switch (choice) {
                case "last_month" -> month(today, 1);
                case "this_year" -> new DatePeriod(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1));
                default -> month(today, 0);
            };
            return money(intent, context.state().question().withPeriod(period), context);
        }));
    }

    Outcome cards(Intent intent, Optional<CardReference> card, Context context) {
        return withConsent(intent, Scope.ACCOUNTS, context, grant -> {
            CardSkills.Step step = cards.ask(grant, intent, card, context.language());
            return new Outcome(intent, Optional.of(step.answer()), context.state().understood(step.next()));
        });
    }

    Outcome cardChosen(String cardId, Context context) {
        Intent intent = context.state().awaiting().intent().orElseThrow();
        return withConsent(intent, Scope.ACCOUNTS, context, grant -> {
            CardSkills.Step step = cards.chosen(grant, intent, cardId, context.language());
            return new Outcome(intent, Optional.of(step.answer()), context.state().understood(step.next()));
        });
    }

    /** Yes or no to "freeze (or unfreeze) this card?"; unfreezing needs the PAYMENTS consent. */
    Outcome confirmed(boolean yes, Intent intent, String cardId, Context context) {
        DialogueState after = context.state().understood(Awaiting.NOTHING);
        Language language = context.language();
        if (!yes) {
            return done(intent, cards.cancelled(language), after);
        }
        if (intent == Intent.CARD_FREEZE) {
            return withConsent(intent, Scope.ACCOUNTS, context, grant -> done(intent, cards.freeze(grant, cardId, language), after));
        }
        return withConsent(intent, Scope.PAYMENTS, context, grant -> done(intent, cards.unfreeze(grant, cardId, language), after));
    }

    /** The places nearest a position the customer shared, or the next ones a follow-up asks for. */
    Outcome atms(PlaceQuery query, Context context) {
        return done(Intent.ATM_NEARBY, atmSkills.nearest(query, context.language()), context.state().withPlaces(query));
    }

    /** A place asked about that the gazetteer does not know: said so, and the position is still awaited. */
    Outcome unknownPlace(String named, Context context) {
        return done(Intent.ATM_NEARBY, atmSkills.unknownPlace(named, context.language()), context.state().understood(Awaiting.position()));
    }

    /** The answer to a fraud alert: "it was me" closes it, "it was not" freezes the card and leaves it to an agent. */
    Outcome fraud(String caseId, boolean genuine, Context context) {
        String key = switch (fraudCases.answer(caseId, context.chat(), genuine)) {
            case CONFIRMED_GENUINE -> "assistant.fraud.genuine";
            case CARD_FROZEN -> "assistant.fraud.frozen";
            case CARD_NOT_FROZEN -> "assistant.fraud.not-frozen";
            case ALREADY_ANSWERED -> "assistant.fraud.already";
            case NOT_FOUND -> "assistant.fraud.not-found";
        };
        return done(Intent.CARD_FREEZE, Answer.of(replies.text(key, context.language()), List.of()),
                context.state().understood(Awaiting.NOTHING));
    }

    Outcome settings(SettingsRequest request, Context context) {
        return done(Intent.NOTIFICATION_SETTINGS, notifications.apply(context.chat(), request, context.language()),
                context.state().understood(Awaiting.NOTHING));
    }

    /** The customer asked for a person, or said yes to one: the request goes to the bank's agents. */
    Outcome handover(boolean afterMisunderstanding, Context context) {
        HandoverRequested.Reason reason = afterMisunderstanding ? HandoverRequested.Reason.NOT_UNDERSTOOD : HandoverRequested.Reason.ASKED;
        events.publishEvent(new HandoverRequested(ids.newId(), context.chat(), context.language(), reason, clock.instant(),
                context.said().messageId(), context.said().text()));
        return done(Intent.HUMAN_AGENT, Answer.of(replies.text("assistant.handover", context.language()), List.of()),
                DialogueState.NEW);
    }

    private Outcome notUnderstood(Context context) {
        Language language = context.language();
        DialogueState state = context.state().misunderstoodOnce();
        if (state.shouldOfferHuman()) {
            List<QuickReply> choices = List.of(replies.suggestion(Intent.HUMAN_AGENT, language), replies.suggestion(Intent.HELP, language));
            return new Outcome(Intent.OUT_OF_SCOPE, Optional.of(Answer.of(replies.text("assistant.offer-human", language), choices)),
                    new DialogueState(state.topic(), state.question(), Awaiting.humanOffered(), state.misunderstood()));
        }
        return new Outcome(Intent.OUT_OF_SCOPE, Optional.of(Answer.of(replies.text("assistant.not-understood", language),
                replies.suggestions(language))), state);
    }

    /** Unsure: "did you mean…?" with the likeliest readings as buttons. */
    private Outcome offerChoices(Context context) {
        Understanding understanding = context.understanding();
        List<QuickReply> choices = java.util.stream.Stream.concat(java.util.stream.Stream.of(understanding.intent()),
                        understanding.alternatives().stream())
                .filter(intent -> intent != Intent.OUT_OF_SCOPE).distinct().limit(CHOICES_MAX)
                .map(intent -> replies.suggestion(intent, context.language())).toList();
        DialogueState state = context.state();
        DialogueState next = new DialogueState(state.topic(), SpendingQuestion.NOTHING.with(understanding.entities()), Awaiting.NOTHING,
                state.misunderstood() + 1);
        return new Outcome(Intent.OUT_OF_SCOPE, Optional.of(Answer.of(replies.text("assistant.did-you-mean", context.language()),
                choices)), next);
    }

    private Outcome withConsent(Intent intent, Scope scope, Context context, java.util.function.Function<ConsentCheck.Granted, Outcome> then) {
        ConsentCheck check = consents.check(context.chat(), scope, AccessPurpose.ANSWER);
        if (check instanceof ConsentCheck.Granted granted) {
            return then.apply(granted);
        }
        return done(intent, replies.refused((ConsentCheck.Refused) check, context.language()), context.state().understood(Awaiting.NOTHING));
    }

    private static Outcome done(Intent intent, Answer answer, DialogueState state) {
        return new Outcome(intent, Optional.of(answer), state);
    }

    private static boolean isMoney(Intent intent) {
        return intent == Intent.SPENDING || intent == Intent.COMPARE_SPENDING || intent == Intent.LARGEST_EXPENSES;
    }

    /** The calendar month {@code back} months before today's. */
    private static DatePeriod month(LocalDate today, int back) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(back);
        return new DatePeriod(first, first.plusMonths(1));
    }
}
