package org.sportello.shared;

import java.util.Objects;

/**
 * One thing wrong with a request: where (a JSON pointer into the request, such as
 * {@code /transactions/2/amount}), which field, and what to do about it. For batch requests it also
 * names the item by position and by the sender's id.
 */
public record Violation(String pointer, String field, String detail, Integer item, String itemId) {

    public Violation {
        Objects.requireNonNull(pointer, "pointer == null");
        Objects.requireNonNull(detail, "detail == null");
    }

    public static Violation ofField(String field, String detail) {
        return new Violation("/" + field, field, detail, null, null);
    }

    /** A field of the item at {@code index} (0-based) of the array {@code array}. */
    public static Violation ofItem(String array, int index, String itemId, String field, String detail) {
        String pointer = "/" + array + "/" + index + (field == null ? "" : "/" + field.replace('.', '/'));
        return new Violation(pointer, field, detail, index, itemId);
    }
}
