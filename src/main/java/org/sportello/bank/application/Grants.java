package org.sportello.bank.application;

import java.util.Objects;
import org.sportello.bank.Grant;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;

/** The bank's side of consent: a read or an action needs a grant of its scope. */
final class Grants {

    private Grants() {
    }

    /** The customer this grant lets read {@code needed} data; refuses a grant of another scope. */
    static CustomerId require(Grant grant, Scope needed) {
        return require(grant, needed, "read " + needed + " data");
    }

    /**
     * The customer this grant lets do {@code action}, which needs {@code needed}; refuses a grant of
     * another scope, naming the action ("a grant for ACCOUNTS cannot unfreeze a card, which needs PAYMENTS").
     */
    static CustomerId requireFor(Grant grant, Scope needed, String action) {
        return require(grant, needed, action + ", which needs " + needed);
    }

    private static CustomerId require(Grant grant, Scope needed, String refused) {
        Objects.requireNonNull(grant, "a read of customer data needs a consent grant");
        if (grant.scope() != needed) {
            throw new IllegalArgumentException("a grant for " + grant.scope() + " cannot " + refused);
        }
        return Objects.requireNonNull(grant.customer(), "grant without customer");
    }
}
