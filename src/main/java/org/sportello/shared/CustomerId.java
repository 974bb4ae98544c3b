package org.sportello.shared;

import java.util.Objects;

/** The bank's identifier of a customer. */
public record CustomerId(String value) {

    public static final int CHARS_MAX = 64;

    public CustomerId {
        Objects.requireNonNull(value, "customer id == null");
        if (value.isBlank() || value.length() > CHARS_MAX) {
            throw new IllegalArgumentException("customer id must be 1 to " + CHARS_MAX + " characters, got " + value.length());
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
