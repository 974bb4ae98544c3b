package org.sportello.consent;

/** How a return from the bank ended. */
public sealed interface LinkingResult {

    /** Linked; the chat has been told. */
    record Linked(LinkedChat link, boolean renewal) implements LinkingResult {
    }

    /** The customer declined at the bank; nothing was linked. */
    record Declined() implements LinkingResult {
    }

    /** Refused; nothing was linked. */
    record Failed(Failure failure, String detail) implements LinkingResult {
    }

    enum Failure {
        /** The {@code state} matches no linking request of this chat: tampered, or from another browser. */
        STATE_MISMATCH,
        /** The request was completed (or ended) before. */
        ALREADY_COMPLETED,
        /** Too long between the start and the return. */
        REQUEST_EXPIRED,
        /** The bank refused the code: unknown, expired, used before, or not for this request. */
        CODE_REFUSED
    }
}
