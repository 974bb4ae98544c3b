package org.sportello.assistant.domain.nlu;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * Turns a message into the weighted features the classifier reads: each term of {@link Terms} known
 * from training, weighted by sublinear term frequency times inverse document frequency (a term in
 * every example says little), then word and character terms each scaled to unit length so that a
 * long message weighs as much as a short one. A constant feature stands for the intercept, and lets a
 * message with no known term (an emoji, a typo) still be read.
 */
final class FeatureSpace {

    /** How much the character terms weigh against the word terms; tuned on banking77 (docs/nlu.md). */
    static final double CHAR_WEIGHT = 1.4;
    static final String CONSTANT = "constant";

    private final Map<String, Float> inverseDocumentFrequency;

    FeatureSpace(Map<String, Float> inverseDocumentFrequency) {
        this.inverseDocumentFrequency = Map.copyOf(inverseDocumentFrequency);
    }

    /** The terms of the training texts, with inverse document frequency ln((1 + n) / (1 + df)) + 1. */
    static FeatureSpace fit(Collection<String> texts) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            Terms.of(TextNormaliser.normalise(text)).keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        Map<String, Float> weights = new HashMap<>();
        documentFrequency.forEach((term, frequency) ->
                weights.put(term, (float) (Math.log((1.0 + texts.size()) / (1.0 + frequency)) + 1)));
        return new FeatureSpace(weights);
    }

    Map<String, Float> inverseDocumentFrequency() {
        return inverseDocumentFrequency;
    }

    Example<Label> example(String text, Label label) {
        Map<String, Integer> counts = Terms.of(TextNormaliser.normalise(text));
        String[] names = new String[counts.size() + 1];
        double[] values = new double[counts.size() + 1];
        double wordSquares = 0;
        double charSquares = 0;
        int size = 0;
        for (Map.Entry<String, Integer> term : counts.entrySet()) {
            Float idf = inverseDocumentFrequency.get(term.getKey());
            if (idf != null) {
                double value = (1 + Math.log(term.getValue())) * idf;
                names[size] = term.getKey();
                values[size++] = value;
                if (term.getKey().startsWith(Terms.WORD)) {
                    wordSquares += value * value;
                } else {
                    charSquares += value * value;
                }
            }
        }
        scale(names, values, size, Math.sqrt(wordSquares), Math.sqrt(charSquares) / CHAR_WEIGHT);
        names[size] = CONSTANT;
        values[size++] = 1;
        return new ArrayExample<>(label, Arrays.copyOf(names, size), Arrays.copyOf(values, size));
    }

    private static void scale(String[] names, double[] values, int size, double wordLength, double charLength) {
        for (int i = 0; i < size; i++) {
            values[i] /= names[i].startsWith(Terms.WORD) ? wordLength : charLength;
        }
    }
}
