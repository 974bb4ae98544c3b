package org.sportello.shared;

/** The chat channels a customer can link. */
public enum Channel {
    WEB,
    MESSENGER,
    TELEGRAM
}
