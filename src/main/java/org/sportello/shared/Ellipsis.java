package org.sportello.shared;

/** Text cut to a length for a field, a label or a description, with "…" showing it was cut. */
public final class Ellipsis {

    private Ellipsis() {
    }

    /**
     * {@code text} itself when it has at most {@code charsMax} characters (Java {@code char}s), else its
     * start and "…" in {@code charsMax} characters, never cutting an emoji or other character outside
     * the Basic Multilingual Plane in half.
     *
     * @throws IllegalArgumentException when {@code charsMax} is less than 2
     */
    public static String cut(String text, int charsMax) {
        if (charsMax < 2) {
            throw new IllegalArgumentException("charsMax must be at least 2, got " + charsMax);
        }
        if (text.length() <= charsMax) {
            return text;
        }
        int end = charsMax - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
