package org.sportello.bank.application;

import java.util.Objects;
import org.sportello.bank.Grant;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;

/** The bank's side of consent: a read needs a grant of its scope. */
final class Grants {

    private Grants() {
    }

    /** The customer this grant lets read {@code needed} data; refuses a grant of another scope. */
    static CustomerId require(Grant grant, Scope needed) {
        Objects.requireNonNull(grant, "a read of customer data needs a consent grant");
        if (grant.scope() != needed) {
            throw new IllegalArgumentException("a grant for " + grant.scope() + " cannot read " + needed + " data");
        }
        return Objects.requireNonNull(grant.customer(), "grant without customer");
    }
}
