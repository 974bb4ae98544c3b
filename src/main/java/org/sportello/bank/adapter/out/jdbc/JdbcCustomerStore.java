package org.sportello.bank.adapter.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.application.CustomerStore;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCustomerStore implements CustomerStore {

    private final JdbcClient jdbc;

    JdbcCustomerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CustomerProfile> find(CustomerId id) {
        return jdbc.sql("SELECT id, given_name, display_name, language, time_zone FROM bank_customer WHERE id = :id")
                .param("id", id.value())
                .query(JdbcCustomerStore::profile)
                .optional();
    }

    @Override
    public List<CustomerProfile> findAll(List<CustomerId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, given_name, display_name, language, time_zone FROM bank_customer WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids.stream().map(CustomerId::value).toList())
                .query(JdbcCustomerStore::profile)
                .list();
    }

    private static CustomerProfile profile(ResultSet rs, int row) throws SQLException {
        return new CustomerProfile(new CustomerId(rs.getString("id")), rs.getString("given_name"), rs.getString("display_name"),
                Language.valueOf(rs.getString("language")), ZoneId.of(rs.getString("time_zone")));
    }
}
