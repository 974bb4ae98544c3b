package org.sportello.bank;

/** Whether a card can pay today. */
public enum CardStatus {
    /** Pays. */
    ACTIVE,
    /** Paused by the customer or for their protection; unfreezing makes it pay again. */
    FROZEN,
    /** Stopped for good by the bank (reported stolen, replaced): it never pays again. */
    BLOCKED,
    /** Past the last day of its expiry month. */
    EXPIRED
}
