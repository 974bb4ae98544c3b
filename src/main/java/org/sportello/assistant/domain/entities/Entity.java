package org.sportello.assistant.domain.entities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something a customer named in a message: its value, and the text that names it as it stands in the
 * original message, from {@code start} to {@code end} (exclusive), in Java {@code String} indices.
 */
public record Entity(EntityValue value, String text, int start, int end) {

    public Entity {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(text, "text == null");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not hold '" + text + "'");
        }
    }

    public EntityType type() {
        return value.type();
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Entity other) {
        return start < other.end && other.start < end;
    }

    /** {"type", "value", "text", "start", "end"} as the parse API writes an entity. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type().code());
        json.put("value", value.json());
        json.put("text", text);
        json.put("start", start);
        json.put("end", end);
        return json;
    }
}
