package org.sportello.bank;

/** Where a transaction stands at the bank. */
public enum TransactionStatus {
    /** Authorised, not yet booked: it counts against the available balance only. */
    PENDING,
    /** On the books: it moved the booked balance. */
    BOOKED
}
