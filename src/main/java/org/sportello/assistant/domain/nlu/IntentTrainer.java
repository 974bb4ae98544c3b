package org.sportello.assistant.domain.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sportello.assistant.Utterance;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.liblinear.LinearClassificationType.LinearType;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the intent classifier: L2-regularised logistic regression (LIBLINEAR's dual solver, one
 * intent against the rest) over {@link FeatureSpace}'s features. Logistic regression because its
 * scores are probabilities, which the dialogue can compare with a threshold; on banking77 it is as
 * accurate as a linear SVM (docs/nlu.md has the comparison). The solver's seed is fixed, so the same
 * examples always give the same model.
 */
public final class IntentTrainer {

    /** Inverse regularisation strength, tuned on a held-out tenth of banking77's training set. */
    static final double COST = 10;
    static final double TOLERANCE = 0.1;
    static final int ITERATIONS_MAX = 1_000;
    static final long SEED = 20_261_129L;

    private IntentTrainer() {
    }

    public static LinearIntentModel train(List<Utterance> examples) {
        Set<String> intents = examples.stream().map(Utterance::intent).collect(Collectors.toCollection(TreeSet::new));
        if (intents.size() < 2) {
            throw new IllegalArgumentException("training needs examples of at least two intents; these have only " + intents);
        }
        FeatureSpace features = FeatureSpace.fit(examples.stream().map(Utterance::text).toList());
        LabelFactory labels = new LabelFactory();
        List<Example<Label>> rows = new ArrayList<>(examples.size());
        for (Utterance example : examples) {
            rows.add(features.example(example.text(), labels.generateOutput(example.intent())));
        }
        MutableDataset<Label> dataset = new MutableDataset<>(
                new ListDataSource<>(rows, labels, new SimpleDataSourceProvenance("intent examples", labels)));
        LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearType.L2R_LR_DUAL), COST, ITERATIONS_MAX, TOLERANCE, SEED);
        Model<Label> model = trainer.train(dataset);
        return new LinearIntentModel(features, model);
    }
}
