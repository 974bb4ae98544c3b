package org.sportello.notify;

import java.util.Objects;

/**
 * A suggested answer shown as a button under a message. The title is what the customer sees (and
 * "says" when tapping it); the payload is what the bot receives.
 */
public record QuickReply(String title, String payload) {

    /** Messenger cuts quick reply titles after 20 characters. */
    public static final int TITLE_CHARS_MAX = 20;
    /** Telegram's callback_data holds at most 64 bytes; payloads stay ASCII within that. */
    public static final int PAYLOAD_CHARS_MAX = 64;

    /**
     * The payload of the account-link button: each channel turns it into its own link to the
     * bank's page (Messenger's account_link button, a URL button, the web chat's link).
     */
    public static final String LINK_ACCOUNT = "ACTION:LINK_ACCOUNT";

    /**
     * The payload of the web chat's share-location button: the page asks the browser for its
     * position and sends it as {@code LOCATION:lat,lon}. Messenger and Telegram leave it out, since
     * they share a location from their own attachment menu.
     */
    public static final String SHARE_LOCATION = "ACTION:SHARE_LOCATION";

    public QuickReply {
        Objects.requireNonNull(title, "title == null");
        Objects.requireNonNull(payload, "payload == null");
        if (title.isBlank() || title.length() > TITLE_CHARS_MAX) {
            throw new IllegalArgumentException("quick reply title must be 1 to " + TITLE_CHARS_MAX + " characters: '" + title + "'");
        }
        if (!isPayload(payload)) {
            throw new IllegalArgumentException("quick reply payload must be 1 to " + PAYLOAD_CHARS_MAX + " ASCII characters");
        }
    }

    /**
     * 1 to {@value #PAYLOAD_CHARS_MAX} printable ASCII characters, not all spaces: what every channel
     * carries back when the button is tapped, and what a channel may pass on as one (a shared position).
     */
    public static boolean isPayload(String payload) {
        return !payload.isBlank() && payload.length() <= PAYLOAD_CHARS_MAX && payload.chars().allMatch(c -> c >= 32 && c < 127);
    }

    /** The button that starts linking the chat to a bank account. */
    public static QuickReply linkAccount(String title) {
        return new QuickReply(title, LINK_ACCOUNT);
    }

    public boolean isLinkAccount() {
        return LINK_ACCOUNT.equals(payload);
    }

    /** The button that shares the customer's position, where the channel can ask for it. */
    public static QuickReply shareLocation(String title) {
        return new QuickReply(title, SHARE_LOCATION);
    }

    public boolean isShareLocation() {
        return SHARE_LOCATION.equals(payload);
    }
}
