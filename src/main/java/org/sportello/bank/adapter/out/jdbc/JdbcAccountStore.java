package org.sportello.bank.adapter.out.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.sportello.bank.AccountSummary;
import org.sportello.bank.AccountSummary.CardSummary;
import org.sportello.bank.application.AccountStore;
import org.sportello.bank.domain.AccountHolding;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccountStore implements AccountStore {

    /** Keeps IN lists well below every driver's parameter limit. */
    private static final int IN_LIST_MAX = 1_000;

    /** Rows per JDBC batch of balance updates. */
    private static final int UPDATE_BATCH_ROWS = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcAccountStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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
    public Map<String, Balances> addToBalances(SortedMap<String, Balances> changes) {
        List<Map.Entry<String, Balances>> ordered = List.copyOf(changes.entrySet());
        int[][] updated = batch.batchUpdate("""
                        UPDATE bank_balance SET balance_minor = balance_minor + ?, pending_minor = pending_minor + ?
                        WHERE account_id = ? AND currency = ?""", ordered, UPDATE_BATCH_ROWS, (update, change) -> {
            update.setLong(1, change.getValue().booked().minorUnits());
            update.setLong(2, change.getValue().pending().minorUnits());
            update.setString(3, change.getKey());
            update.setString(4, change.getValue().booked().currency().getCurrencyCode());
        });
        long rows = Arrays.stream(updated).flatMapToInt(Arrays::stream).filter(count -> count == 1).count();
        if (rows != ordered.size()) {
            throw new IllegalStateException("balances of " + ordered.size() + " accounts to update, " + rows + " updated");
        }
        Map<String, Balances> balances = new HashMap<>();
        List<String> ids = List.copyOf(changes.keySet());
        for (int from = 0; from < ids.size(); from += IN_LIST_MAX) {
            jdbc.sql("SELECT account_id, currency, balance_minor, pending_minor FROM bank_balance WHERE account_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST_MAX)))
                    .query((rs, row) -> balances.put(rs.getString("account_id"), new Balances(
                            Money.ofMinor(rs.getLong("balance_minor"), rs.getString("currency")),
                            Money.ofMinor(rs.getLong("pending_minor"), rs.getString("currency")))))
                    .list();
        }
        return balances;
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
                SELECT a.id, a.iban, a.currency, a.product_name, b.balance_minor, b.pending_minor
                FROM bank_account a JOIN bank_balance b ON b.account_id = a.id
                WHERE a.customer_id = :customer ORDER BY a.opened_on, a.id""")
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
