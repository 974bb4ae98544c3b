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
     * Adds {@code delta} to the account's balance and returns the new balance; the row stays
     * locked until the surrounding transaction ends, so concurrent batches serialise per account.
     */
    Money addToBalance(String accountId, Money delta);

    List<AccountSummary> accountsOf(CustomerId customer);
}
