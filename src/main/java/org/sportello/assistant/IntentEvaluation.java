package org.sportello.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * How well a model reads the intents of examples it was not trained on: per intent, precision (of the
 * messages it gave that intent, how many had it), recall (of the messages with that intent, how many
 * it found) and F1; the pairs it confuses most; and the accuracy over all examples.
 *
 * @param scores     one per intent of the examples or of the predictions, by name
 * @param confusions every (true intent, predicted intent) pair that occurred with different intents,
 *                   most frequent first
 */
public record IntentEvaluation(List<IntentScore> scores, List<Confusion> confusions, int correct, int total) {

    public IntentEvaluation {
        scores = List.copyOf(scores);
        confusions = List.copyOf(confusions);
    }

    /** @param support the examples with this intent; {@code predicted}, those the model gave it */
    public record IntentScore(String intent, int support, int predicted, int correct) {

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return support == 0 ? 0 : (double) correct / support;
        }

        public double f1() {
            double sum = precision() + recall();
            return sum == 0 ? 0 : 2 * precision() * recall() / sum;
        }
    }

    /** A message with intent {@code truth} read as {@code predicted}, {@code count} times. */
    public record Confusion(String truth, String predicted, int count) {
    }

    public static IntentEvaluation of(IntentModel model, List<Utterance> examples) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>(); // truth -> predicted -> count
        for (Utterance example : examples) {
            String predicted = model.predict(example.text()).intent();
            counts.computeIfAbsent(example.intent(), truth -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        }
        Map<String, int[]> perIntent = new TreeMap<>(); // intent -> {support, predicted, correct}
        List<Confusion> confusions = new ArrayList<>();
        counts.forEach((truth, predictions) -> predictions.forEach((predicted, count) -> {
            perIntent.computeIfAbsent(truth, intent -> new int[3])[0] += count;
            perIntent.computeIfAbsent(predicted, intent -> new int[3])[1] += count;
            if (truth.equals(predicted)) {
                perIntent.get(truth)[2] += count;
            } else {
                confusions.add(new Confusion(truth, predicted, count));
            }
        }));
        confusions.sort(Comparator.comparingInt(Confusion::count).reversed());
        List<IntentScore> scores = new ArrayList<>();
        perIntent.forEach((intent, c) -> scores.add(new IntentScore(intent, c[0], c[1], c[2])));
        int correct = scores.stream().mapToInt(IntentScore::correct).sum();
        return new IntentEvaluation(scores, confusions, correct, examples.size());
    }

    /** The share of examples read right; 0 when there are none. */
    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** Precision averaged over the intents that have examples, each intent counting the same. */
    public double macroPrecision() {
        return macroAverage(IntentScore::precision);
    }

    public double macroRecall() {
        return macroAverage(IntentScore::recall);
    }

    public double macroF1() {
        return macroAverage(IntentScore::f1);
    }

    private double macroAverage(ToDoubleFunction<IntentScore> measure) {
        return scores.stream().filter(score -> score.support() > 0).mapToDouble(measure).average().orElse(0);
    }
}
