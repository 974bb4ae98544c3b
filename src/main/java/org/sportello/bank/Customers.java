package org.sportello.bank;

import java.util.Optional;
import org.sportello.shared.CustomerId;

/** Looks up customers' profiles. */
public interface Customers {

    Optional<CustomerProfile> find(CustomerId id);
}
