package org.sportello.bank.adapter.out.jdbc;

import java.util.List;
import java.util.Map;
import org.sportello.bank.CustomerRecords;
import org.sportello.bank.application.CustomerExportStore;
import org.sportello.shared.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCustomerExportStore implements CustomerExportStore {

    private final JdbcClient jdbc;

    JdbcCustomerExportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CustomerRecords.Export exportOf(CustomerId customer) {
        Map<String, Object> profile = rows("SELECT * FROM bank_customer WHERE id = :customer", customer).stream().findFirst()
                .orElse(Map.of());
        String username = jdbc.sql("SELECT username FROM bank_login WHERE customer_id = :customer")
                .param("customer", customer.value()).query(String.class).optional().orElse(null);
        return new CustomerRecords.Export(profile, username,
                rows("SELECT a.*, b.balance_minor, b.pending_minor FROM bank_account a JOIN bank_balance b ON b.account_id = a.id"
                        + " WHERE a.customer_id = :customer ORDER BY a.id", customer),
                rows("SELECT c.* FROM bank_card c JOIN bank_account a ON a.id = c.account_id WHERE a.customer_id = :customer"
                        + " ORDER BY c.id", customer),
                rows("SELECT t.* FROM bank_transaction t JOIN bank_account a ON a.id = t.account_id"
                        + " WHERE a.customer_id = :customer ORDER BY t.booked_at, t.id", customer));
    }

    private List<Map<String, Object>> rows(String sql, CustomerId customer) {
        return jdbc.sql(sql).param("customer", customer.value()).query().listOfRows();
    }
}
