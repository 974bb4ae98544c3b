package org.sportello.assistant.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What the assistant remembers of a conversation between two messages: the last question about
 * money (so a follow-up can lean on it), what the assistant asked and waits for, and how many
 * messages in a row it did not understand.
 *
 * @param topic         the last question about money that was answered or asked about
 * @param question      what that question was about
 * @param awaiting      what the assistant asked for in its last answer
 * @param misunderstood messages in a row the assistant did not understand
 * @param places        the last "nearest ATM" question, for "solo BNP", "aperti ora", "altri"
 */
public record DialogueState(Optional<Intent> topic, SpendingQuestion question, Awaiting awaiting, int misunderstood,
                            Optional<PlaceQuery> places) {

    public static final DialogueState NEW = new DialogueState(Optional.empty(), SpendingQuestion.NOTHING, Awaiting.NOTHING, 0);

    /** After this many misunderstandings in a row, the assistant offers a person. */
    public static final int MISUNDERSTOOD_BEFORE_HUMAN = 2;

    public DialogueState {
        Objects.requireNonNull(topic, "topic == null");
        Objects.requireNonNull(question, "question == null");
        Objects.requireNonNull(awaiting, "awaiting == null");
        Objects.requireNonNull(places, "places == null");
        if (misunderstood < 0) {
            throw new IllegalArgumentException("misunderstood must not be negative: " + misunderstood);
        }
    }

    public DialogueState(Optional<Intent> topic, SpendingQuestion question, Awaiting awaiting, int misunderstood) {
        this(topic, question, awaiting, misunderstood, Optional.empty());
    }

    /** A nearest-ATM question answered: follow-ups refine it. */
    public DialogueState withPlaces(PlaceQuery query) {
        return new DialogueState(topic, question, Awaiting.NOTHING, 0, Optional.of(query));
    }

    /** What the assistant asked for and waits for in the next message. */
    public record Awaiting(Kind kind, Optional<Intent> intent, Optional<String> cardId) {

        public static final Awaiting NOTHING = new Awaiting(Kind.NOTHING, Optional.empty(), Optional.empty());

        public enum Kind {
            NOTHING,
            /** "Per quale periodo?": the intent waits for a period. */
            PERIOD,
            /** "Quale carta?": the intent waits for a card. */
            CARD,
            /** "Confermi?": the intent (freeze or unfreeze) waits for a yes or a no about the card. */
            CONFIRMATION,
            /** Two misunderstandings: a person was offered. */
            HUMAN_OFFERED,
            /** "Dove ti trovi?": the nearest ATMs wait for a shared position or a place named. */
            POSITION
        }

        public Awaiting {
            Objects.requireNonNull(kind, "kind == null");
            Objects.requireNonNull(intent, "intent == null");
            Objects.requireNonNull(cardId, "cardId == null");
        }

        public static Awaiting period(Intent intent) {
            return new Awaiting(Kind.PERIOD, Optional.of(intent), Optional.empty());
        }

        public static Awaiting card(Intent intent) {
            return new Awaiting(Kind.CARD, Optional.of(intent), Optional.empty());
        }

        public static Awaiting confirmation(Intent intent, String cardId) {
            return new Awaiting(Kind.CONFIRMATION, Optional.of(intent), Optional.of(cardId));
        }

        public static Awaiting humanOffered() {
            return new Awaiting(Kind.HUMAN_OFFERED, Optional.empty(), Optional.empty());
        }

        public static Awaiting position() {
            return new Awaiting(Kind.POSITION, Optional.of(Intent.ATM_NEARBY), Optional.empty());
        }
    }

    /** The message was understood: the count of misunderstandings starts again. */
    public DialogueState understood(Awaiting next) {
        return new DialogueState(topic, question, next, 0, places);
    }

    /** A question about money was asked: it becomes what follow-ups lean on. */
    public DialogueState asked(Intent intent, SpendingQuestion about, Awaiting next) {
        return new DialogueState(Optional.of(intent), about, next, 0, places);
    }

    public DialogueState misunderstoodOnce() {
        return new DialogueState(topic, question, Awaiting.NOTHING, misunderstood + 1, places);
    }

    public boolean shouldOfferHuman() {
        return misunderstood >= MISUNDERSTOOD_BEFORE_HUMAN;
    }
}
