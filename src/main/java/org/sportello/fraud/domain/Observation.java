package org.sportello.fraud.domain;

import org.sportello.fraud.CardTransaction;
import org.sportello.fraud.domain.RecentPayments.Activity;

/**
 * A payment measured against its card's state before it: the figures reasons quote and the
 * feature vector the weights score.
 *
 * @param payment      the payment
 * @param amountMinor  its amount in minor units
 * @param typicalMinor the card's usual amount in minor units: its median blended with the assumed one
 * @param history      payments the card made before
 * @param activity     what the card did in the windows before
 * @param localSecond  the second of the day in the card holder's zone
 * @param flags        {@link RecentPayments}' flags of this payment: night, small, large
 * @param risky        the risky category or MCC it matched, or null
 * @param travel       the trip from the previous payment in person, or null when there is none to compare
 * @param homeKm       kilometres from the card holder's home, or -1 when unknown or not in person
 * @param features     the feature vector, indexed by {@link Feature#ordinal()}
 */
public record Observation(CardTransaction payment, long amountMinor, long typicalMinor, int history, Activity activity,
                          int localSecond, byte flags, String risky, Travel travel, long homeKm, double[] features) {

    /** From the previous payment in person to this one. */
    public record Travel(long km, long minutes, long kmh) {
    }

    /** The time of day in the card holder's zone, as "02:41". */
    public String localTime() {
        return String.format("%02d:%02d", localSecond / 3_600, localSecond / 60 % 60);
    }

    public double feature(Feature feature) {
        return features[feature.ordinal()];
    }

    boolean is(byte flag) {
        return (flags & flag) != 0;
    }
}
