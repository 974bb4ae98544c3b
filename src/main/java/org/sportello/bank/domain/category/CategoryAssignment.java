package org.sportello.bank.domain.category;

import java.util.Objects;

/**
 * The category given to a transaction, which source decided it, and the merchant or counterparty
 * name as Sportello shows it (null when the transaction names neither).
 */
public record CategoryAssignment(Category category, Source source, String merchant) {

    /** Where a category came from, strongest first. */
    public enum Source { CUSTOMER_OVERRIDE, MERCHANT_RULE, MCC, KEYWORD, DEFAULT }

    public CategoryAssignment {
        Objects.requireNonNull(category, "category == null");
        Objects.requireNonNull(source, "source == null");
    }
}
