package org.sportello.bank.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.sportello.shared.CustomerId;

/** Customers' own category choices, by merchant. */
public interface OverrideStore {

    /** Every override of these customers: customer → (normalised merchant → category code). */
    Map<CustomerId, Map<String, String>> overridesOf(Collection<CustomerId> customers);

    void save(CustomerId customer, String merchant, String categoryCode, Instant at);

    /** Re-categorises the customer's transactions at this merchant; returns how many changed. */
    int recategorise(CustomerId customer, String merchant, String categoryCode, String primaryCode);
}
