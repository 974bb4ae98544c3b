package org.sportello.assistant;

import java.time.ZonedDateTime;

/** How the assistant reads a message outside any chat: for the parse API and evaluation. */
public interface MessageParser {

    /** The longest message read, as the longest a platform delivers. */
    int TEXT_CHARS_MAX = 2_000;

    /** Relative dates ("ieri", "last month") resolve against {@code now}, in its time zone. */
    ParsedMessage parse(String text, ZonedDateTime now);
}
