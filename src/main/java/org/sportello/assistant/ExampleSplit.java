package org.sportello.assistant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Examples split into a part to train on and a part held out to measure the model, each intent in
 * the same proportion (stratified), so that a rare intent is measured too.
 */
public record ExampleSplit(List<Utterance> training, List<Utterance> heldOut) {

    public ExampleSplit {
        training = List.copyOf(training);
        heldOut = List.copyOf(heldOut);
    }

    /**
     * Holds out {@code heldOutFraction} of each intent's examples, chosen at random by {@code seed}: the
     * same examples and seed, the same split. An intent with one example keeps it for training.
     */
    public static ExampleSplit stratified(List<Utterance> examples, double heldOutFraction, long seed) {
        if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
            throw new IllegalArgumentException("the held-out fraction must be between 0 and 1, exclusive: " + heldOutFraction);
        }
        List<Utterance> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, List<Utterance>> byIntent = new TreeMap<>();
        shuffled.forEach(example -> byIntent.computeIfAbsent(example.intent(), intent -> new ArrayList<>()).add(example));
        List<Utterance> training = new ArrayList<>();
        List<Utterance> heldOut = new ArrayList<>();
        for (List<Utterance> ofIntent : byIntent.values()) {
            int held = Math.min(ofIntent.size() - 1, (int) Math.round(ofIntent.size() * heldOutFraction));
            heldOut.addAll(ofIntent.subList(0, held));
            training.addAll(ofIntent.subList(held, ofIntent.size()));
        }
        return new ExampleSplit(training, heldOut);
    }
}
