package org.sportello.assistant.domain.nlu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.sportello.assistant.IntentGuess;
import org.sportello.assistant.IntentModel;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

/** A trained linear classifier with the feature space it was trained in; immutable, shared by all threads. */
public final class LinearIntentModel implements IntentModel {

    private final FeatureSpace features;
    private final Model<Label> model;
    private final SortedSet<String> intents;

    LinearIntentModel(FeatureSpace features, Model<Label> model) {
        if (!model.generatesProbabilities()) {
            throw new IllegalArgumentException("the intent model must give probabilities: " + model.getClass().getName());
        }
        this.features = features;
        this.model = model;
        SortedSet<String> known = new TreeSet<>();
        model.getOutputIDInfo().getDomain().forEach(label -> known.add(label.getLabel()));
        this.intents = Collections.unmodifiableSortedSet(known);
    }

    public static LinearIntentModel load(Path file) {
        return ModelFile.read(file);
    }

    @Override
    public IntentGuess predict(String text) {
        Label best = model.predict(features.example(text, LabelFactory.UNKNOWN_LABEL)).getOutput();
        // Probabilities are normalised in double arithmetic; keep a rounding error off the bounds.
        return new IntentGuess(best.getLabel(), Math.min(1, Math.max(0, best.getScore())));
    }

    @Override
    public List<IntentGuess> ranked(String text, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Prediction<Label> prediction = model.predict(features.example(text, LabelFactory.UNKNOWN_LABEL));
        return prediction.getOutputScores().values().stream()
                .sorted(Comparator.comparingDouble(Label::getScore).reversed().thenComparing(Label::getLabel))
                .limit(limit)
                .map(label -> new IntentGuess(label.getLabel(), Math.min(1, Math.max(0, label.getScore()))))
                .toList();
    }

    @Override
    public SortedSet<String> intents() {
        return intents;
    }

    @Override
    public void save(Path file) throws IOException {
        ModelFile.write(file, features, model);
    }
}
