package org.sportello.assistant;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sportello.shared.Language;

/**
 * A message as the assistant reads it.
 *
 * @param intent     the intent's name ({@code balance}, {@code spending}, ...)
 * @param confidence the model's probability for it, 0 to 1
 * @param entities   each as {@code {"type", "value", "text", "start", "end"}}, in the order they appear
 */
public record ParsedMessage(Language language, String intent, double confidence, List<Map<String, Object>> entities) {

    public ParsedMessage {
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(intent, "intent == null");
        entities = List.copyOf(entities);
    }
}
