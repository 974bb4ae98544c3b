package org.sportello.bank.application;

import java.util.List;
import java.util.Optional;
import org.sportello.bank.AccountDirectory;
import org.sportello.bank.AccountSummary;
import org.sportello.bank.Accounts;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.bank.Grant;
import org.sportello.bank.TransactionSummary;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bank module's read side, offered to other modules. */
@Service
@Transactional(readOnly = true)
class BankQueries implements Accounts, Customers, AccountDirectory {

    /** A chat shows a handful of lines; a bigger page is a bug in the caller. */
    static final int RECENT_LIMIT_MAX = 50;

    private final AccountStore accounts;
    private final TransactionStore transactions;
    private final CustomerStore customers;

    BankQueries(AccountStore accounts, TransactionStore transactions, CustomerStore customers) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.customers = customers;
    }

    @Override
    public List<AccountSummary> accountsOf(Grant balances) {
        return accounts.accountsOf(Grants.require(balances, Scope.BALANCES));
    }

    @Override
    public List<TransactionSummary> recentTransactions(Grant grant, int limit) {
        CustomerId customer = Grants.require(grant, Scope.TRANSACTIONS);
        if (limit < 1 || limit > RECENT_LIMIT_MAX) {
            throw new IllegalArgumentException("limit must be 1 to " + RECENT_LIMIT_MAX + ", got " + limit);
        }
        return transactions.recentOf(customer, limit);
    }

    @Override
    public Optional<AccountHolder> holderOf(Iban iban) {
        return Optional.ofNullable(accounts.holdingsByIban(List.of(iban)).get(iban))
                .map(holding -> new AccountHolder(holding.customer(), holding.currency(), holding.cardLast4s()));
    }

    @Override
    public Optional<CustomerProfile> profileOf(Grant grant) {
        // Name, language and time zone: what any granted conversation needs to address the customer.
        return customers.find(java.util.Objects.requireNonNull(grant, "a read of customer data needs a consent grant").customer());
    }
}
