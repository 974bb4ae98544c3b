package org.sportello.bank.application;

import java.util.Optional;
import org.sportello.shared.CustomerId;

/** How customers sign in to the bank's own pages. */
public interface LoginStore {

    /** A customer's sign-in: the password only as an encoded, salted hash. */
    record Login(CustomerId customer, String username, String passwordHash) {
    }

    Optional<Login> byUsername(String username);

    void add(Login login);
}
