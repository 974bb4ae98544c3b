package org.sportello.fraud.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.liblinear.LinearClassificationType.LinearType;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Learns {@link Weights} with Tribuo: L2-regularised logistic regression (LIBLINEAR's primal solver)
 * over the same features the hand-set weights use, so the learned model plugs into the same scorer
 * and its reasons. The solver's seed is fixed: the same payments always give the same weights.
 */
public final class WeightTrainer {

    static final String FRAUD = "fraud";
    static final String GENUINE = "genuine";
    /** Inverse regularisation strength: LIBLINEAR's default; the features are all of order 1. */
    static final double COST = 1;
    static final double TOLERANCE = 0.001;
    static final int ITERATIONS_MAX = 1_000;
    static final long SEED = 20_261_130L;

    private WeightTrainer() {
    }

    /**
     * @param features one feature vector per payment, indexed by {@link Feature#ordinal()}
     * @param fraud    whether each payment was fraudulent
     */
    public static Weights train(String name, List<double[]> features, List<Boolean> fraud) {
        if (features.size() != fraud.size() || !fraud.contains(true) || !fraud.contains(false)) {
            throw new IllegalArgumentException("training needs as many labels as feature vectors, both fraudulent and genuine");
        }
        LabelFactory labels = new LabelFactory();
        String[] names = featureNames();
        List<Example<Label>> rows = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            rows.add(new ArrayExample<>(labels.generateOutput(fraud.get(i) ? FRAUD : GENUINE), names, features.get(i)));
        }
        MutableDataset<Label> dataset = new MutableDataset<>(
                new ListDataSource<>(rows, labels, new SimpleDataSourceProvenance("labelled card payments", labels)));
        LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearType.L2R_LR), COST, ITERATIONS_MAX, TOLERANCE, SEED);
        return weightsOf(name, trainer.train(dataset));
    }

    /**
     * A logistic regression's log-odds are linear in its features, so each weight is the log-odds
     * of a payment with only that feature at 1 less the log-odds of one with none: read off the model
     * through its own predictions rather than its internal layout.
     */
    private static Weights weightsOf(String name, Model<Label> model) {
        String[] names = featureNames();
        double bias = logOdds(model, names, new double[Feature.COUNT]);
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            double[] unit = new double[Feature.COUNT];
            unit[feature.ordinal()] = 1;
            weights.put(feature, logOdds(model, names, unit) - bias);
        }
        return new Weights(name, bias, weights);
    }

    private static double logOdds(Model<Label> model, String[] names, double[] features) {
        ArrayExample<Label> example = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, features);
        Map<String, Label> scores = model.predict(example).getOutputScores();
        double fraud = scores.get(FRAUD).getScore();
        return Math.log(fraud / scores.get(GENUINE).getScore());
    }

    private static String[] featureNames() {
        String[] names = new String[Feature.COUNT];
        for (Feature feature : Feature.values()) {
            names[feature.ordinal()] = feature.name();
        }
        return names;
    }
}
