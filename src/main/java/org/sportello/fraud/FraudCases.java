package org.sportello.fraud;

import java.util.List;
import java.util.Optional;
import org.sportello.shared.ChatAddress;

/** Suspected frauds: raised, answered in a chat, listed for the bank's agents. */
public interface FraudCases {

    /** Opens a case and asks every chat the customer linked for notifications "was this you?". */
    FraudCase raise(SuspectedPayment suspected);

    /** The customer's answer from a chat linked to them: genuine (it was me) or not (freeze the card). */
    CaseAnswer answer(String caseId, ChatAddress chat, boolean genuine);

    Optional<FraudCase> find(String caseId);

    /** The case an alert opened, if it was raised before. */
    Optional<FraudCase> findByAlert(String alertKey);

    /** The newest open case the chat was asked about, for a typed "sì" or "no". */
    Optional<FraudCase> awaitingAnswer(ChatAddress chat);

    /** Cases in these statuses, newest first, at most {@code limit}. */
    List<FraudCase> list(List<CaseStatus> statuses, int limit);

    /** What an answer did. */
    enum CaseAnswer {
        /** Thanks: the case is closed. */
        CONFIRMED_GENUINE,
        /** The card is frozen and an agent takes the case. */
        CARD_FROZEN,
        /** Not the customer's card's case any more, or it was not asked in this chat. */
        NOT_FOUND,
        /** Answered before (in this chat or another). */
        ALREADY_ANSWERED,
        /** It was not them, but the card could not be frozen from here (already frozen, blocked, expired). */
        CARD_NOT_FROZEN
    }
}
