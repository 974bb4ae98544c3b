package org.sportello.commerce.application;

import java.time.Instant;
import java.util.Optional;
import org.sportello.commerce.domain.Order;
import org.sportello.commerce.domain.TrackedOrder;

/** Orders and their updates. */
public interface OrderStore {

    /** Stores the order unless one with its id is there; true when stored. */
    boolean addIfAbsent(Order order, Instant receivedAt);

    Optional<TrackedOrder> find(String orderId);

    /** The same, holding the order's row until the transaction ends, so its updates are decided one at a time. */
    Optional<TrackedOrder> lock(String orderId);

    void addUpdate(String orderId, TrackedOrder.Recorded update);
}
