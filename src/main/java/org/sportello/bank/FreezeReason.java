package org.sportello.bank;

/** Why a card was frozen: fraud teams and later alerts treat a lost card apart from a pause. */
public enum FreezeReason {
    CUSTOMER_REQUEST,
    SUSPECTED_FRAUD,
    LOST,
    STOLEN
}
