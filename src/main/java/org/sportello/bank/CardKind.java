package org.sportello.bank;

/** How a card pays: from the account's money, on credit settled later, or from money loaded onto it. */
public enum CardKind {
    DEBIT,
    CREDIT,
    PREPAID
}
