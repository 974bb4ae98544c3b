package org.sportello.fraud.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.bank.CardChange;
import org.sportello.bank.CardView;
import org.sportello.bank.Cards;
import org.sportello.bank.FreezeReason;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.ConsentCheck;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.fraud.CaseStatus;
import org.sportello.fraud.FraudAlertUndeliverable;
import org.sportello.fraud.FraudCase;
import org.sportello.fraud.FraudCases;
import org.sportello.fraud.SuspectedPayment;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.Purpose;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case for each suspected payment and asks every chat the customer linked for
 * notifications "was this you?"; a "no" freezes the card through the bank and leaves the case to
 * an agent. When no chat may be told, the case says so and the bank hears of it
 * ({@link FraudAlertUndeliverable}), so it can reach the customer another way.
 */
@Service
class FraudCaseService implements FraudCases {

    private static final Logger log = LoggerFactory.getLogger(FraudCaseService.class);

    private final CaseStore store;
    private final Consents consents;
    private final Cards cards;
    private final AlertTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IdGenerator ids;
    private final AlertProperties alerts;

    FraudCaseService(CaseStore store, Consents consents, Cards cards, AlertTexts texts, ApplicationEventPublisher events, Clock clock,
                     IdGenerator ids, AlertProperties alerts) {
        this.store = store;
        this.consents = consents;
        this.cards = cards;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
        this.ids = ids;
        this.alerts = alerts;
    }

    @Override
    @Transactional
    public FraudCase raise(SuspectedPayment suspected) {
        Instant now = clock.instant();
        Optional<FraudCase> asking = alreadyAsking(suspected, now);
        if (asking.isPresent()) {
            return asking.get(); // one question per card and burst: a stolen card's next payments would only nag
        }
        FraudCase opened = FraudCase.opened(ids.newId(), suspected.alertId(), suspected.customer(), suspected.source(), suspected.cardLast4(),
                suspected.transactionRef(), suspected.amount(), suspected.merchant(), suspected.occurredAt(), suspected.reasons(), now);
        if (!store.addIfAbsent(opened)) {
            return store.findByAlert(suspected.alertId()).orElseThrow(); // raised before: one case, one question
        }
        List<LinkedChat> chats = consents.linksOf(suspected.customer(), Scope.NOTIFICATIONS, AccessPurpose.NOTIFICATION);
        if (chats.isEmpty()) {
            store.move(opened.caseId(), CaseStatus.AWAITING_CUSTOMER, CaseStatus.UNDELIVERABLE, now);
            events.publishEvent(new FraudAlertUndeliverable(opened.caseId(), suspected.customer(), suspected.transactionRef(), now));
            log.warn("fraud case {}: no chat linked for notifications, the bank must reach the customer", opened.caseId());
            return store.find(opened.caseId()).orElseThrow();
        }
        if (suspected.holdCard() && freeze(chats.get(0).address(), opened)) {
            store.cardFrozen(opened.caseId());
        }
        FraudCase toTell = store.find(opened.caseId()).orElseThrow();
        chats.forEach(chat -> ask(toTell, chat, "fraud:" + toTell.caseId() + ":" + chat.linkId(), texts.question(toTell, chat.language()), now));
        store.told(opened.caseId(), chats.size());
        return store.find(opened.caseId()).orElseThrow();
    }

    /** An open case the scorer raised about the same card within the quiet period. */
    private Optional<FraudCase> alreadyAsking(SuspectedPayment suspected, Instant now) {
        if (suspected.source() != FraudCase.Source.SCORED || suspected.cardLast4() == null) {
            return Optional.empty();
        }
        return store.openOf(suspected.customer()).stream()
                .filter(open -> open.source() == FraudCase.Source.SCORED && suspected.cardLast4().equals(open.cardLast4()))
                .filter(open -> !open.createdAt().isBefore(now.minus(alerts.quietPeriod())))
                .findFirst();
    }

    @Override
    @Transactional
    public CaseAnswer answer(String caseId, ChatAddress chat, boolean genuine) {
        Optional<FraudCase> found = store.find(caseId).filter(fraudCase -> belongsTo(fraudCase, chat));
        if (found.isEmpty()) {
            return CaseAnswer.NOT_FOUND;
        }
        FraudCase fraudCase = found.get();
        if (!fraudCase.isOpen()) {
            return CaseAnswer.ALREADY_ANSWERED;
        }
        Instant now = clock.instant();
        CaseStatus to = genuine ? CaseStatus.CONFIRMED_GENUINE : CaseStatus.CONFIRMED_FRAUD;
        if (!store.move(caseId, fraudCase.status(), to, now)) {
            return CaseAnswer.ALREADY_ANSWERED; // answered from another chat in the meantime
        }
        if (genuine) {
            return CaseAnswer.CONFIRMED_GENUINE;
        }
        if (fraudCase.cardFrozen() || freeze(chat, fraudCase)) {
            store.cardFrozen(caseId);
            return CaseAnswer.CARD_FROZEN;
        }
        return CaseAnswer.CARD_NOT_FROZEN;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FraudCase> find(String caseId) {
        return store.find(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FraudCase> findByAlert(String alertKey) {
        return store.findByAlert(alertKey);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FraudCase> awaitingAnswer(ChatAddress chat) {
        return consents.linkOf(chat).flatMap(link -> store.openOf(link.customer()).stream().findFirst());
    }

    @Override
    @Transactional(readOnly = true)
    public List<FraudCase> list(List<CaseStatus> statuses, int limit) {
        return store.list(statuses, limit);
    }

    /** Asks again in every chat still linked: the second message before an agent takes over. */
    void remind(FraudCase fraudCase, Instant now) {
        for (LinkedChat chat : consents.linksOf(fraudCase.customer(), Scope.NOTIFICATIONS, AccessPurpose.NOTIFICATION)) {
            ask(fraudCase, chat, "fraud:" + fraudCase.caseId() + ":" + chat.linkId() + ":reminder", texts.reminder(fraudCase, chat.language()),
                    now);
        }
        store.reminded(fraudCase.caseId(), now);
    }

    private void ask(FraudCase fraudCase, LinkedChat chat, String messageId, String text, Instant now) {
        events.publishEvent(new MessageToSend(messageId, chat.address(), chat.language(), Purpose.ACCOUNT, text,
                texts.answers(fraudCase, chat.language()), now));
    }

    private boolean belongsTo(FraudCase fraudCase, ChatAddress chat) {
        return consents.linkOf(chat).map(link -> link.customer().equals(fraudCase.customer())).orElse(false);
    }

    /** Freezes the case's card through the chat's consent; false when there is no such card or it cannot be frozen. */
    private boolean freeze(ChatAddress chat, FraudCase fraudCase) {
        ConsentCheck check = consents.check(chat, Scope.ACCOUNTS, AccessPurpose.ANSWER);
        if (!(check instanceof ConsentCheck.Granted grant) || fraudCase.cardLast4() == null) {
            return false;
        }
        Optional<CardView> card = cards.cardsOf(grant).stream().filter(view -> view.pan().last4().equals(fraudCase.cardLast4())).findFirst();
        if (card.isEmpty()) {
            return false;
        }
        CardChange change = cards.freeze(grant, card.get().cardId(), FreezeReason.SUSPECTED_FRAUD);
        return change instanceof CardChange.Frozen || change instanceof CardChange.AlreadyFrozen;
    }
}
