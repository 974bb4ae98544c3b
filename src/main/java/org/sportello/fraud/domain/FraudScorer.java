package org.sportello.fraud.domain;

import java.util.Objects;
import org.sportello.fraud.Assessment;
import org.sportello.fraud.CardTransaction;
import org.sportello.fraud.Decision;

/**
 * Scores each payment against its card's state before it, then adds it to that state. The same
 * scorer runs in the server ({@code StreamScoring}) and in {@code sportello fraud eval}.
 */
public final class FraudScorer {

    private final ScoringRules rules;
    private final Weights weights;
    private final CardProfiles profiles;
    private final FeatureExtractor extractor;

    public FraudScorer(ScoringRules rules, Weights weights, CardProfiles profiles) {
        this.rules = Objects.requireNonNull(rules, "rules == null");
        this.weights = Objects.requireNonNull(weights, "weights == null");
        this.profiles = Objects.requireNonNull(profiles, "profiles == null");
        this.extractor = new FeatureExtractor(rules);
    }

    public Assessment score(CardTransaction payment) {
        return assess(observe(payment));
    }

    /**
     * Measures the payment against its card's profile and adds it to the profile, under the
     * profile's lock so that two payments of one card are never measured against the same state.
     */
    public Observation observe(CardTransaction payment) {
        CardProfile profile = profiles.of(payment.card());
        synchronized (profile) {
            Observation observation = extractor.observe(profile, payment);
            extractor.remember(profile, observation);
            return observation;
        }
    }

    /** The score, decision and reasons of a payment already observed. */
    public Assessment assess(Observation observation) {
        double score = weights.score(observation.features());
        Decision decision = score >= rules.holdThreshold() ? Decision.HOLD
                : score >= rules.alertThreshold() ? Decision.ALERT : Decision.ALLOW;
        return new Assessment(score, decision, Explanations.of(observation, weights, rules));
    }
}
