package org.sportello.assistant.domain.map;

import java.util.Objects;

/**
 * The words written on a map, already in the customer's language: the domain does not read the
 * message bundles, as a chart's title comes written too.
 *
 * @param you   beside the customer's dot ("Tu", "You"), or the place the customer named
 * @param north beside the arrow pointing north ("N")
 */
public record MapLabels(String you, String north) {

    /** A label beside a dot: "Tu", or a place named ("Place de la République"); longer ones would cover the places around it. */
    public static final int LABEL_CHARS_MAX = 32;

    public MapLabels {
        you = label(you, "you");
        north = label(north, "north");
    }

    private static String label(String text, String name) {
        Objects.requireNonNull(text, name + " == null");
        String label = text.strip();
        if (label.isEmpty() || label.length() > LABEL_CHARS_MAX) {
            throw new IllegalArgumentException(name + " label must be 1 to " + LABEL_CHARS_MAX + " characters, got '" + text + "'");
        }
        return label;
    }
}
