package org.sportello.assistant.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sportello.assistant.domain.entities.Entity;
import org.sportello.assistant.domain.entities.EntityValue;
import org.sportello.shared.Language;

/**
 * What a message means: the language it is written in (when it shows), the intent with the
 * model's confidence, the next likeliest intents, and the entities it names.
 *
 * @param alternatives the next likeliest intents, likeliest first: what to offer when unsure
 */
public record Understanding(Optional<Language> language, Intent intent, double confidence, List<Intent> alternatives,
                            List<Entity> entities) {

    public Understanding {
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(intent, "intent == null");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        alternatives = List.copyOf(alternatives);
        entities = List.copyOf(entities);
    }

    /** A sure reading without entities: a tapped button, or the rules. */
    public Understanding(Optional<Language> language, Intent intent) {
        this(language, intent, 1.0, List.of(), List.of());
    }

    public Understanding as(Intent tapped) {
        return new Understanding(language, tapped, 1.0, List.of(), entities);
    }

    /** The first entity of this kind of value, if the message names one. */
    public <T extends EntityValue> Optional<T> first(Class<T> kind) {
        return entities.stream().map(Entity::value).filter(kind::isInstance).map(kind::cast).findFirst();
    }
}
