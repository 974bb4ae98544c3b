package org.sportello.fraud;

import java.util.List;
import java.util.Objects;

/**
 * The scorer's verdict on one payment.
 *
 * @param score    how suspicious the payment is, from 0 to 1: a logistic function of weighted
 *                 features, comparable with the thresholds but not a calibrated probability
 * @param decision allow, alert or hold, from the score and the configured thresholds
 * @param reasons  what made it unusual, strongest first; empty when nothing did
 */
public record Assessment(double score, Decision decision, List<Reason> reasons) {

    public Assessment {
        Objects.requireNonNull(decision, "decision == null");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within [0, 1]: " + score);
        }
        reasons = List.copyOf(reasons);
    }
}
