package org.sportello.desk;

import java.time.Instant;
import java.util.List;
import org.sportello.shared.ChatAddress;

/** What the desk holds for one chat: its conversations with agents, for its data export and erasure. */
public interface DeskRecords {

    /** One line, the customer's or an agent's; {@code agent} is null for the customer's. */
    record Line(String conversationId, Instant at, String author, String agent, String text) {
    }

    /** The chat's lines, oldest first. */
    List<Line> of(ChatAddress chat);

    /** Deletes the chat's conversations and their lines; returns how many lines. */
    int erase(ChatAddress chat);
}
