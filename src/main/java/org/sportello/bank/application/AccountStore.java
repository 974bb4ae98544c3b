package org.sportello.bank.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.sportello.bank.AccountSummary;
import org.sportello.bank.domain.AccountHolding;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;

/** Accounts, their cards and their balances. */
public interface AccountStore {

    Map<Iban, AccountHolding> holdingsByIban(Collection<Iban> ibans);

    /**
     * Adds to each account's booked and pending sums, in the map's key order, and returns the new
     * sums; the rows stay locked until the surrounding transaction ends, so concurrent batches
     * serialise per account, and taking the locks in id order means they cannot deadlock.
     */
    Map<String, Balances> addToBalances(SortedMap<String, Balances> changes);

    List<AccountSummary> accountsOf(CustomerId customer);

    /** An account's booked balance and the sum of its pending transactions (or a change to both). */
    record Balances(Money booked, Money pending) {

        public Money available() {
            return booked.plus(pending);
        }
    }
}
