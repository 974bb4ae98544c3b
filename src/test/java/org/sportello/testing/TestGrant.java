package org.sportello.testing;

import org.sportello.bank.Grant;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;

/**
 * A grant made by a test, to read the bank directly and check what was booked. Production code
 * cannot do this: {@code ArchitectureTest} lets only the consent module make grants.
 */
public record TestGrant(CustomerId customer, Scope scope) implements Grant {

    public static TestGrant accounts(CustomerId customer) {
        return new TestGrant(customer, Scope.ACCOUNTS);
    }

    public static TestGrant payments(CustomerId customer) {
        return new TestGrant(customer, Scope.PAYMENTS);
    }

    public static TestGrant balances(CustomerId customer) {
        return new TestGrant(customer, Scope.BALANCES);
    }

    public static TestGrant transactions(CustomerId customer) {
        return new TestGrant(customer, Scope.TRANSACTIONS);
    }
}
