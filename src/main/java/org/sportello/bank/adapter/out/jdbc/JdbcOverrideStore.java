package org.sportello.bank.adapter.out.jdbc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sportello.bank.application.OverrideStore;
import org.sportello.shared.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOverrideStore implements OverrideStore {

    private static final int IN_LIST_MAX = 1_000;

    private final JdbcClient jdbc;

    JdbcOverrideStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<CustomerId, Map<String, String>> overridesOf(Collection<CustomerId> customers) {
        Map<CustomerId, Map<String, String>> overrides = new HashMap<>();
        List<String> ids = customers.stream().map(CustomerId::value).distinct().toList();
        for (int from = 0; from < ids.size(); from += IN_LIST_MAX) {
            jdbc.sql("SELECT customer_id, merchant, category FROM bank_category_override WHERE customer_id IN (:customers)")
                    .param("customers", ids.subList(from, Math.min(ids.size(), from + IN_LIST_MAX)))
                    .query((rs, row) -> overrides.computeIfAbsent(new CustomerId(rs.getString("customer_id")), c -> new HashMap<>())
                            .put(rs.getString("merchant"), rs.getString("category")))
                    .list();
        }
        return overrides;
    }

    @Override
    public void save(CustomerId customer, String merchant, String categoryCode, Instant at) {
        int updated = jdbc.sql("UPDATE bank_category_override SET category = :category, chosen_at = :at"
                        + " WHERE customer_id = :customer AND merchant = :merchant")
                .param("category", categoryCode).param("at", at.atOffset(ZoneOffset.UTC))
                .param("customer", customer.value()).param("merchant", merchant)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO bank_category_override (customer_id, merchant, category, chosen_at)"
                            + " VALUES (:customer, :merchant, :category, :at)")
                    .param("customer", customer.value()).param("merchant", merchant)
                    .param("category", categoryCode).param("at", at.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    @Override
    public int recategorise(CustomerId customer, String merchant, String categoryCode, String primaryCode) {
        return jdbc.sql("""
                        UPDATE bank_transaction SET category = :category, category_primary = :primary
                        WHERE merchant = :merchant AND account_id IN (SELECT id FROM bank_account WHERE customer_id = :customer)""")
                .param("category", categoryCode).param("primary", primaryCode)
                .param("merchant", merchant).param("customer", customer.value())
                .update();
    }
}
