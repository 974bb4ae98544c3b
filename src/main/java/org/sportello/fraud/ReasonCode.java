package org.sportello.fraud;

import java.util.Locale;

/**
 * Why a payment looks unusual. Each code's text is {@code fraud.reason.<code in lower case>} in the
 * message bundles; the figures a {@link Reason} carries are that text's arguments, in this order.
 */
public enum ReasonCode {
    /** The amount against the card's usual one: amount (Money), how many times (Long), the usual amount (Money). */
    AMOUNT_HIGH_FOR_CARD,
    /** A large amount on a card without the history to compare it with: the amount (Money). */
    LARGE_AMOUNT,
    /** Several payments within the short window: how many, this one included (Long), the window in minutes (Long). */
    VELOCITY_1H,
    /**
     * Many payments or much money within the day window: how many (Long), their total with this one
     * (Money), the window in hours (Long).
     */
    VELOCITY_24H,
    /** A category this card has not used in its recent payments: the category (String). */
    NEW_CATEGORY,
    /**
     * Small amounts, at night or in a burst, the way stolen cards are tried: how many (Long), the
     * small-amount limit (Money), the window in hours (Long).
     */
    CARD_TESTING,
    /** At night in the card holder's time zone: the local time (String, HH:mm). */
    NIGHT,
    /** A merchant category where fraud is frequent: the category or MCC (String). */
    RISKY_MCC,
    /** In person too far from the previous in-person payment for the time between: km (Long), minutes (Long), km/h (Long). */
    IMPOSSIBLE_TRAVEL,
    /** In person far from the card holder's home: km (Long). */
    FAR_FROM_HOME,
    /** A card with almost no payments yet: no figures. */
    NEW_CARD;

    /** The message bundle key of this reason's text. */
    public String messageKey() {
        return "fraud.reason." + name().toLowerCase(Locale.ROOT);
    }
}
