package org.sportello.bank.application;

import java.util.List;
import java.util.Optional;
import org.sportello.bank.CustomerProfile;
import org.sportello.shared.CustomerId;

/** Customers' profiles. */
public interface CustomerStore {

    Optional<CustomerProfile> find(CustomerId id);

    List<CustomerProfile> findAll(List<CustomerId> ids);
}
