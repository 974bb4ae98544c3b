package org.sportello.fraud.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A linear model over the {@link Feature}s: score = 1 / (1 + e^-(bias + Σ weight × feature)). The
 * hand-set weights are the shipped ones; {@link WeightTrainer} learns others with Tribuo, and
 * docs/fraud.md compares the two on months neither was fitted on.
 */
public final class Weights {

    /**
     * Set by hand from what the first fraudulent payments of Sparkov's cards look like against their
     * history (docs/fraud.md): a large amount at night, small amounts at night, a category the card
     * has not used lately, a card with no history, a second payment soon after such a one. The bias
     * puts the score 0.5 where about 1% of genuine payments score higher. Sparkov never travels far
     * (its merchants are within 150 km of home), so impossible travel and distance from home are set
     * without data: impossible travel alone alerts, distance alone does not.
     */
    public static final Weights HAND_SET = new Weights("hand-set", -5.0, Map.ofEntries(
            Map.entry(Feature.AMOUNT_RATIO, 0.5), Map.entry(Feature.LARGE, 2.5), Map.entry(Feature.LARGE_AT_NIGHT, 1.5),
            Map.entry(Feature.TINY, 1.0), Map.entry(Feature.TINY_AT_NIGHT, 1.0),
            Map.entry(Feature.MICRO_NEW_CATEGORY, 3.0), Map.entry(Feature.NIGHT, 1.0),
            Map.entry(Feature.COUNT_SHORT, 0.5), Map.entry(Feature.COUNT_DAY, -0.3), Map.entry(Feature.SUM_DAY_RATIO, 0.5),
            Map.entry(Feature.LARGE_DAY, 1.0), Map.entry(Feature.TINY_BURST, 0.5), Map.entry(Feature.NIGHT_BURST, 0.4),
            Map.entry(Feature.NEW_CATEGORY, 2.0), Map.entry(Feature.CATEGORY_SHARE, -2.0), Map.entry(Feature.NEW_CARD, 2.0),
            Map.entry(Feature.RISKY, 0.4), Map.entry(Feature.RISKY_AT_NIGHT, 0.4), Map.entry(Feature.IMPOSSIBLE_TRAVEL, 5.0),
            Map.entry(Feature.FAR_FROM_HOME, 1.0)));

    private final String name;
    private final double[] weights;
    private final double bias;

    public Weights(String name, double bias, Map<Feature, Double> weights) {
        this.name = Objects.requireNonNull(name, "name == null");
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias must be finite, got " + bias);
        }
        this.bias = bias;
        this.weights = new double[Feature.COUNT];
        weights.forEach((feature, weight) -> {
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException(feature + " weight must be finite, got " + weight);
            }
            this.weights[feature.ordinal()] = weight;
        });
    }

    public String name() {
        return name;
    }

    /** The weight of each feature, in the features' order; the bias apart. */
    public Map<Feature, Double> asMap() {
        Map<Feature, Double> map = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            map.put(feature, weights[feature.ordinal()]);
        }
        return map;
    }

    public double bias() {
        return bias;
    }

    public double weight(Feature feature) {
        return weights[feature.ordinal()];
    }

    /** The score of a feature vector, from 0 to 1. */
    public double score(double[] features) {
        double sum = bias;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-sum));
    }

    @Override
    public String toString() {
        return name + Arrays.toString(weights) + " bias " + bias;
    }
}
