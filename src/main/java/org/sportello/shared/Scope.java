package org.sportello.shared;

/** What a customer lets a linked chat see or do. */
public enum Scope {
    /** That the accounts exist, and their masked IBANs. */
    ACCOUNTS,
    /** Account balances. */
    BALANCES,
    /** Transactions and what is derived from them (spending, subscriptions). */
    TRANSACTIONS,
    /** Messages pushed without being asked: transactions, balance alerts, fraud alerts. */
    NOTIFICATIONS,
    /** Sending money. */
    PAYMENTS
}
