package org.sportello.bank.application;

import java.util.List;
import java.util.Optional;
import org.sportello.bank.AccountSummary;
import org.sportello.bank.Accounts;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.bank.TransactionSummary;
import org.sportello.shared.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bank module's read side, offered to other modules. */
@Service
@Transactional(readOnly = true)
class BankQueries implements Accounts, Customers {

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
    public List<AccountSummary> accountsOf(CustomerId customer) {
        return accounts.accountsOf(customer);
    }

    @Override
    public List<TransactionSummary> recentTransactions(CustomerId customer, int limit) {
        if (limit < 1 || limit > RECENT_LIMIT_MAX) {
            throw new IllegalArgumentException("limit must be 1 to " + RECENT_LIMIT_MAX + ", got " + limit);
        }
        return transactions.recentOf(customer, limit);
    }

    @Override
    public Optional<CustomerProfile> find(CustomerId id) {
        return customers.find(id);
    }
}
