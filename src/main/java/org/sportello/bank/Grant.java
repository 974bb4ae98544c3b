package org.sportello.bank;

import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;

/**
 * Permission to read one customer's data of one scope, right now. Every read method the bank
 * offers other modules takes one, and refuses a grant of another scope. Grants are made only by
 * the consent module after its check ({@code ArchitectureTest} fails the build if any other code
 * makes one), so no module can read customer data around consent.
 */
public interface Grant {

    CustomerId customer();

    Scope scope();
}
