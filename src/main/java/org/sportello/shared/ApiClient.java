package org.sportello.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * A system calling Sportello's machine APIs, as its bearer token identifies it: the bank's core
 * system pushing transactions, or a merchant reporting its orders.
 *
 * @param name         the client's name in the configuration, recorded with the orders it places
 * @param roles        what it may call
 * @param merchantName the one merchant name a merchant's orders may carry; null for any (the demo)
 */
public record ApiClient(String name, Set<Role> roles, String merchantName) {

    public enum Role {
        /** {@code POST /api/v1/transactions}: the bank's core system. */
        BANK_FEED,
        /** {@code /api/v1/orders}: one merchant, for its own orders only. */
        MERCHANT
    }

    /**
     * Calls from this machine to a demo node that has no clients configured: any role, any
     * merchant name. Never used once a client is configured or the demo bank is off.
     */
    public static final ApiClient DEMO = new ApiClient("demo", EnumSet.allOf(Role.class), null);

    public ApiClient {
        roles = Set.copyOf(roles);
    }

    /** Whether this client may only touch its own orders, in its own merchant name. */
    public boolean isOneMerchant() {
        return merchantName != null;
    }
}
