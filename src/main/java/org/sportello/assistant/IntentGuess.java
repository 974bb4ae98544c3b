package org.sportello.assistant;

import java.util.Objects;

/**
 * The intent a model reads in a message, and how sure it is.
 *
 * @param intent     the intent's name, as the training files spell it
 * @param confidence the model's probability for that intent, from 0 to 1
 */
public record IntentGuess(String intent, double confidence) {

    public IntentGuess {
        Objects.requireNonNull(intent, "intent == null");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
