package org.sportello.bank;

import java.util.List;

/**
 * Reads of a customer's accounts and transactions. Callers must hold the customer's consent for
 * the matching scope first: this interface does not check it.
 */
public interface Accounts {

    /** Every account of the customer with its current balance, oldest first. */
    List<AccountSummary> accountsOf(Grant balances);

    /** The customer's most recent transactions across accounts, newest first, at most {@code limit}. */
    List<TransactionSummary> recentTransactions(Grant transactions, int limit);
}
