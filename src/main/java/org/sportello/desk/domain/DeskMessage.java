package org.sportello.desk.domain;

import java.time.Instant;

/**
 * One line of a conversation with an agent.
 *
 * @param agent the agent who wrote it; null for the customer's lines
 */
public record DeskMessage(long seq, Author author, String agent, String text, Instant at) {

    public enum Author { CUSTOMER, AGENT }
}
