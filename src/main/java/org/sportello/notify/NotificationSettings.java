package org.sportello.notify;

/** Each link's notification preferences, for the chat, the web chat's page and the bank's operators. */
public interface NotificationSettings {

    /** The link's preferences; the defaults when it never set any. */
    NotificationPreferences of(String linkId);

    /** Replaces the link's preferences; returns them. */
    NotificationPreferences set(String linkId, NotificationPreferences preferences);
}
