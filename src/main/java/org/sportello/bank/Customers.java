package org.sportello.bank;

import java.util.Optional;

/** Looks up customers' profiles. */
public interface Customers {

    Optional<CustomerProfile> profileOf(Grant grant);
}
