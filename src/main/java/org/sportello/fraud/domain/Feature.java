package org.sportello.fraud.domain;

/**
 * What the scorer measures of a payment against its card's state before it, each a number; the
 * score is a weighted sum of them ({@link Weights}). Counts are of the card's earlier payments.
 */
public enum Feature {
    /** ln(amount / the card's usual amount), when above 0. */
    AMOUNT_RATIO,
    /** 1 when the amount is at least the large amount. */
    LARGE,
    LARGE_AT_NIGHT,
    /** 1 when the amount is at most the small amount. */
    TINY,
    TINY_AT_NIGHT,
    /**
     * 1 for a micro-payment (at most {@link FeatureExtractor#MICRO_AMOUNT_MAJOR} in the card's
     * currency) in a category new to the card: how stolen card numbers are tried, where an
     * everyday coffee is neither.
     */
    MICRO_NEW_CATEGORY,
    /** 1 at night in the card holder's zone. */
    NIGHT,
    /** Payments within the short window. */
    COUNT_SHORT,
    /** Payments within the day window: a busy card is a used card, so its weight is negative. */
    COUNT_DAY,
    /** ln(1 + the day window's total / the usual amount). */
    SUM_DAY_RATIO,
    /** Large payments within the day window. */
    LARGE_DAY,
    /** Small payments within the burst window. */
    TINY_BURST,
    /** Night-time payments within the burst window. */
    NIGHT_BURST,
    /** 1 when the category is not among the card's remembered payments (once it has a few). */
    NEW_CATEGORY,
    /** The share of the card's remembered payments in this category, 0 to 1. */
    CATEGORY_SHARE,
    /** 1 while the card has fewer than three payments. */
    NEW_CARD,
    /** 1 for a risky category or MCC. */
    RISKY,
    RISKY_AT_NIGHT,
    /** 1 when the distance from the previous payment in person needs an impossible speed. */
    IMPOSSIBLE_TRAVEL,
    /** 1 when paid in person far from home. */
    FAR_FROM_HOME;

    /** The number of features: the length of every feature vector. */
    public static final int COUNT = values().length;
}
