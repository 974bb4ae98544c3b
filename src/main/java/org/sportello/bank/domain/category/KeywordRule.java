package org.sportello.bank.domain.category;

import java.util.Objects;

/**
 * A word or phrase that tells the category of a transaction that mentions it, when money moves the
 * given way; the weight settles which of several matching rules wins.
 */
public record KeywordRule(String phrase, Category category, Direction direction, int weight) {

    public static final int WEIGHT_MIN = 1;
    public static final int WEIGHT_MAX = 9;

    /** Which way money must move for the rule to count. */
    public enum Direction {
        ANY, DEBIT, CREDIT;

        public boolean admits(boolean debit) {
            return this == ANY || (this == DEBIT) == debit;
        }

        boolean overlaps(Direction other) {
            return this == ANY || other == ANY || this == other;
        }
    }

    public KeywordRule {
        Objects.requireNonNull(phrase, "phrase == null");
        Objects.requireNonNull(category, "category == null");
        Objects.requireNonNull(direction, "direction == null");
        if (weight < WEIGHT_MIN || weight > WEIGHT_MAX) {
            throw new IllegalArgumentException("keyword weight must be " + WEIGHT_MIN + " to " + WEIGHT_MAX + ", got " + weight);
        }
    }
}
