package org.sportello.commerce.application;

import java.time.Instant;
import java.util.Optional;
import org.sportello.commerce.domain.Order;
import org.sportello.commerce.domain.TrackedOrder;

/** Orders and their updates. */
public interface OrderStore {

    /** Stores the order as placed by the API client {@code placedBy}; false when one with its id is there. */
    boolean addIfAbsent(Order order, Instant receivedAt, String placedBy);

    /** The API client that placed the order; empty when there is no such order, or none was recorded. */
    Optional<String> placedBy(String orderId);

    Optional<TrackedOrder> find(String orderId);

    /** The same, holding the order's row until the transaction ends, so its updates are decided one at a time. */
    Optional<TrackedOrder> lock(String orderId);

    void addUpdate(String orderId, TrackedOrder.Recorded update);
}
