package org.sportello.bank.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sportello.bank.AccountSummary;
import org.sportello.bank.domain.AccountHolding;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;

/** Accounts, their cards and their balances. */
public interface AccountStore {

    Map<Iban, AccountHolding> holdingsByIban(Collection<Iban> ibans);

    /**
     * Adds to the account's booked and pending sums and returns them; the row stays locked until
     * the surrounding transaction ends, so concurrent batches serialise per account.
     */
    Balances addToBalances(String accountId, Money bookedDelta, Money pendingDelta);

    List<AccountSummary> accountsOf(CustomerId customer);

    /** An account's booked balance and the sum of its pending transactions. */
    record Balances(Money booked, Money pending) {

        public Money available() {
            return booked.plus(pending);
        }
    }
}
