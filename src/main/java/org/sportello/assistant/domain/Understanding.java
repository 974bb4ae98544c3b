package org.sportello.assistant.domain;

import java.util.Objects;
import java.util.Optional;
import org.sportello.shared.Language;

/** What a message means: the language it is written in (when it shows) and the intent. */
public record Understanding(Optional<Language> language, Intent intent) {

    public Understanding {
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(intent, "intent == null");
    }
}
