package org.sportello.shared;

import java.util.Objects;

/**
 * Who a chat message comes from or goes to: a channel and that channel's id for the person (a
 * Messenger PSID, a Telegram chat id, a web chat id).
 */
public record ChatAddress(Channel channel, String userId) {

    public static final int USER_ID_CHARS_MAX = 128;

    public ChatAddress {
        Objects.requireNonNull(channel, "channel == null");
        Objects.requireNonNull(userId, "userId == null");
        if (userId.isBlank() || userId.length() > USER_ID_CHARS_MAX) {
            throw new IllegalArgumentException("chat user id must be 1 to " + USER_ID_CHARS_MAX + " characters");
        }
    }

    public static ChatAddress web(String userId) {
        return new ChatAddress(Channel.WEB, userId);
    }
}
