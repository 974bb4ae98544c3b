package org.sportello.notify;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A picture shown with a message (a spending chart), by reference: the PNG itself is kept by
 * {@link Pictures} and served at {@link #path()}. The alt text says in words what the picture
 * shows, in the customer's language: screen readers read it, and a channel that shows no pictures
 * sends it instead.
 *
 * @param id      unguessable: whoever knows it may fetch the picture, without signing in
 * @param altText the picture in words, already localized
 */
public record Picture(String id, String altText) {

    /**
     * Telegram's photo caption holds 1,024 characters and carries the alt text; a little under it
     * leaves room for nothing to be cut.
     */
    public static final int ALT_TEXT_CHARS_MAX = 1_000;
    public static final int ID_CHARS_MAX = 64;
    /** Where pictures are served; the id and ".png" follow. */
    public static final String PATH_PREFIX = "/api/v1/images/";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1," + ID_CHARS_MAX + "}");

    public Picture {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(altText, "altText == null");
        if (!isId(id)) {
            throw new IllegalArgumentException("picture id must be 1 to " + ID_CHARS_MAX + " letters, digits, '-' or '_'");
        }
        if (altText.isBlank() || altText.length() > ALT_TEXT_CHARS_MAX) {
            throw new IllegalArgumentException("picture alt text must be 1 to " + ALT_TEXT_CHARS_MAX + " characters, got "
                    + altText.length());
        }
    }

    /** True for what may be a picture's id: checked before a lookup, so no odd string reaches the store. */
    public static boolean isId(String candidate) {
        return candidate != null && ID.matcher(candidate).matches();
    }

    /** The picture's address on this node, "/api/v1/images/{id}.png"; platforms need it absolute. */
    public String path() {
        return PATH_PREFIX + id + ".png";
    }
}
