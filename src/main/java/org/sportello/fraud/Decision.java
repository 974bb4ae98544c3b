package org.sportello.fraud;

/** What to do with a scored payment, from the score and the thresholds in sportello.fraud. */
public enum Decision {
    /** Nothing unusual enough to bother the customer. */
    ALLOW,
    /** Ask the customer whether it was them; the payment goes through meanwhile. */
    ALERT,
    /** Stop further payments on the card until the customer confirms. */
    HOLD
}
