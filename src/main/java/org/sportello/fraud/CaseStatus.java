package org.sportello.fraud;

/** Where a suspected fraud stands. */
public enum CaseStatus {
    /** The customer was asked "was this you?" and has not answered. */
    AWAITING_CUSTOMER,
    /** The customer said it was them. */
    CONFIRMED_GENUINE,
    /** The customer said it was not them: the card is frozen and an agent takes the case. */
    CONFIRMED_FRAUD,
    /** Nobody answered in time: an agent takes the case. */
    ESCALATED,
    /** No chat could be told (no link with the NOTIFICATIONS consent): the bank must reach the customer itself. */
    UNDELIVERABLE
}
