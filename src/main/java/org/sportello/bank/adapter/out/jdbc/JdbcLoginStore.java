package org.sportello.bank.adapter.out.jdbc;

import java.util.Optional;
import org.sportello.bank.application.LoginStore;
import org.sportello.shared.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLoginStore implements LoginStore {

    private final JdbcClient jdbc;

    JdbcLoginStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Login> byUsername(String username) {
        return jdbc.sql("SELECT customer_id, username, password_hash FROM bank_login WHERE username = :username")
                .param("username", username)
                .query((rs, row) -> new Login(new CustomerId(rs.getString("customer_id")), rs.getString("username"),
                        rs.getString("password_hash")))
                .optional();
    }

    @Override
    public void add(Login login) {
        jdbc.sql("INSERT INTO bank_login (customer_id, username, password_hash) VALUES (:customer, :username, :hash)")
                .param("customer", login.customer().value())
                .param("username", login.username())
                .param("hash", login.passwordHash())
                .update();
    }
}
