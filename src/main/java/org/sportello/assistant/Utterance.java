package org.sportello.assistant;

import java.util.Objects;

/** One example of what customers say, labelled with the intent it expresses: a row of a training file. */
public record Utterance(String text, String intent) {

    public Utterance {
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(intent, "intent == null");
        if (text.isBlank() || intent.isBlank()) {
            throw new IllegalArgumentException("an utterance needs a text and an intent: \"" + text + "\" -> \"" + intent + "\"");
        }
    }
}
