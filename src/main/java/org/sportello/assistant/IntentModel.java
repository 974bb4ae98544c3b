package org.sportello.assistant;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/**
 * The learned reading of what a message asks for. {@link IntentModels} trains one from examples or
 * loads one from a file; it is immutable and safe to share between threads.
 */
public interface IntentModel {

    /** The most likely intent of a message; any text, even empty, gets one. */
    IntentGuess predict(String text);

    /** The likeliest intents of a message, likeliest first, at most {@code limit}: the first is {@link #predict}'s (a model that ranks nothing else gives it alone). */
    default List<IntentGuess> ranked(String text, int limit) {
        return List.of(predict(text));
    }

    /** The intents it knows: those of its training examples. */
    SortedSet<String> intents();

    /** Writes it to a file that {@link IntentModels#load(Path)} reads back, predicting the same. */
    void save(Path file) throws IOException;
}
