package org.sportello.assistant.application;

import java.util.Optional;
import org.sportello.assistant.IntentGuess;
import org.sportello.assistant.IntentModel;
import org.sportello.assistant.domain.Interpreter;
import org.sportello.shared.Language;

/**
 * The language a message is written in: a model trained on Italian and English chat messages,
 * unless the message has too little to tell ("ok", "Netflix?"), when marker words decide, or
 * nothing does and the chat's own language is used.
 */
class LanguageGuesser {

    /** Below this the model's guess is not trusted: short messages look like both languages. */
    static final double CONFIDENCE_MIN = 0.75;

    private final IntentModel model;

    LanguageGuesser(IntentModel model) {
        this.model = model;
    }

    Optional<Language> of(String text) {
        IntentGuess guess = model.predict(text);
        if (guess.confidence() >= CONFIDENCE_MIN) {
            return Language.fromTag(guess.intent());
        }
        return Interpreter.languageOf(text);
    }
}
