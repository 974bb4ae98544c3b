package org.sportello.channel;

import java.time.Instant;
import java.util.List;
import org.sportello.shared.ChatAddress;

/** What the chat channels keep of conversations, for data access and erasure requests. */
public interface Transcripts {

    /** The whole conversation of this chat identity, oldest first. */
    List<Line> of(ChatAddress chat);

    /** Erases the conversation; returns how many lines. */
    int erase(ChatAddress chat);

    /** @param direction "in" from the customer, "out" to them */
    record Line(Instant at, String direction, String purpose, String text) {
    }
}
