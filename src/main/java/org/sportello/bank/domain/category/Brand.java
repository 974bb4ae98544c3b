package org.sportello.bank.domain.category;

import java.util.List;
import java.util.Objects;

/**
 * A merchant rule: the ways a brand appears in merchant names ("amzn mktp", "amazon"), the name
 * shown for it, its category, and the category when money comes from it other than as a refund
 * (a lender pays out a loan, a broker sells investments).
 */
public record Brand(String name, List<String> patterns, Category category, Category categoryIn) {

    public Brand {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(category, "category == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("brand name is blank");
        }
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("brand " + name + " has no pattern");
        }
        categoryIn = categoryIn == null ? category : categoryIn;
    }

    public Brand(String name, List<String> patterns, Category category) {
        this(name, patterns, category, null);
    }

    /** The category of a payment to the brand, or of money from it when {@code credited}. */
    public Category categoryFor(boolean credited) {
        return credited ? categoryIn : category;
    }
}
