package org.sportello.bank.adapter.out.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sportello.bank.AccountSummary;
import org.sportello.bank.AccountSummary.CardSummary;
import org.sportello.bank.application.AccountStore;
import org.sportello.bank.domain.AccountHolding;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccountStore implements AccountStore {

    /** Keeps IN lists well below every driver's parameter limit. */
    private static final int IN_LIST_MAX = 1_000;

    private final JdbcClient jdbc;

    JdbcAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Iban, AccountHolding> holdingsByIban(Collection<Iban> ibans) {
        Map<Iban, AccountHolding> holdings = new HashMap<>();
        List<String> values = ibans.stream().map(Iban::value).toList();
        for (int from = 0; from < values.size(); from += IN_LIST_MAX) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + IN_LIST_MAX));
            Map<String, Set<String>> cards = new HashMap<>();
            jdbc.sql("""
                    SELECT c.account_id, c.last4 FROM bank_card c JOIN bank_account a ON a.id = c.account_id
                    WHERE a.iban IN (:ibans)""")
                    .param("ibans", chunk)
                    .query((rs, row) -> cards.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2)))
                    .list();
            jdbc.sql("SELECT id, customer_id, iban, currency FROM bank_account WHERE iban IN (:ibans)")
                    .param("ibans", chunk)
                    .query((rs, row) -> new AccountHolding(rs.getString("id"), new CustomerId(rs.getString("customer_id")),
                            Iban.parse(rs.getString("iban")), Currency.getInstance(rs.getString("currency")),
                            cards.getOrDefault(rs.getString("id"), Set.of())))
                    .list()
                    .forEach(holding -> holdings.put(holding.iban(), holding));
        }
        return holdings;
    }

    @Override
    public Balances addToBalances(String accountId, Money bookedDelta, Money pendingDelta) {
        int updated = jdbc.sql("""
                        UPDATE bank_account SET balance_minor = balance_minor + :booked, pending_minor = pending_minor + :pending
                        WHERE id = :id AND currency = :currency""")
                .param("booked", bookedDelta.minorUnits())
                .param("pending", pendingDelta.minorUnits())
                .param("id", accountId)
                .param("currency", bookedDelta.currency().getCurrencyCode())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("balances of account " + accountId + " not updated: " + updated + " rows");
        }
        return jdbc.sql("SELECT balance_minor, pending_minor FROM bank_account WHERE id = :id")
                .param("id", accountId)
                .query((rs, row) -> new Balances(new Money(rs.getLong("balance_minor"), bookedDelta.currency()),
                        new Money(rs.getLong("pending_minor"), bookedDelta.currency())))
                .single();
    }

    @Override
    public List<AccountSummary> accountsOf(CustomerId customer) {
        Map<String, List<CardSummary>> cards = new HashMap<>();
        jdbc.sql("""
                SELECT c.id, c.account_id, c.brand, c.last4, c.status FROM bank_card c
                JOIN bank_account a ON a.id = c.account_id WHERE a.customer_id = :customer ORDER BY c.id""")
                .param("customer", customer.value())
                .query((rs, row) -> cards.computeIfAbsent(rs.getString("account_id"), id -> new ArrayList<>())
                        .add(new CardSummary(rs.getString("id"), rs.getString("brand"), rs.getString("last4"), rs.getString("status"))))
                .list();
        Map<String, AccountSummary> accounts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, iban, currency, product_name, balance_minor, pending_minor FROM bank_account
                WHERE customer_id = :customer ORDER BY opened_on, id""")
                .param("customer", customer.value())
                .query((rs, row) -> new AccountSummary(rs.getString("id"), Iban.parse(rs.getString("iban")).masked(),
                        rs.getString("product_name"), Money.ofMinor(rs.getLong("balance_minor"), rs.getString("currency")),
                        Money.ofMinor(rs.getLong("balance_minor") + rs.getLong("pending_minor"), rs.getString("currency")),
                        cards.getOrDefault(rs.getString("id"), List.of())))
                .list()
                .forEach(account -> accounts.put(account.accountId(), account));
        return List.copyOf(accounts.values());
    }
}
