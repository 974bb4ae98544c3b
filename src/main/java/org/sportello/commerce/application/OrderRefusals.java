package org.sportello.commerce.application;

import java.util.List;
import org.sportello.shared.ApiClient;
import org.sportello.commerce.domain.Order;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.RequestRefused.Reason;
import org.sportello.shared.Violation;

/** The order API's refusals, one problem type each. */
public final class OrderRefusals {

    private OrderRefusals() {
    }

    public static RequestRefused invalidOrder(List<Violation> violations) {
        return new RequestRefused(Reason.INVALID, "invalid-order", "Invalid order",
                violations.size() + " problem(s) in the order; nothing was stored", violations);
    }

    public static RequestRefused invalidUpdate(List<Violation> violations) {
        return new RequestRefused(Reason.INVALID, "invalid-order-update", "Invalid order update",
                violations.size() + " problem(s) in the update; nothing was stored", violations);
    }

    /** An id no order can have is not repeated back. */
    static RequestRefused unknownOrder(String orderId) {
        return new RequestRefused(Reason.NOT_FOUND, "unknown-order", "Unknown order", Order.isValidId(orderId)
                ? "no order " + orderId + "; place it first with POST /api/v1/orders"
                : "no such order: an order id is 1 to " + Order.ID_CHARS_MAX + " of A-Z a-z 0-9 . _ : + -");
    }

    static RequestRefused otherMerchant(ApiClient client, String merchantName) {
        return new RequestRefused(Reason.FORBIDDEN, "order-other-merchant", "Another merchant's order", "API client " + client.name()
                + " reports orders of " + client.merchantName() + " only, and this order names " + merchantName
                + "; nothing was stored");
    }

    static RequestRefused idTaken(String orderId) {
        return new RequestRefused(Reason.CONFLICT, "order-id-taken", "Order id taken", "order id " + orderId
                + " is taken by an order this client did not place; use ids unique to your shop, such as with its own prefix");
    }

    static RequestRefused conflict(String detail) {
        return new RequestRefused(Reason.CONFLICT, "order-conflict", "Order conflict", detail);
    }
}
