package org.sportello.channel.application;

import org.sportello.channel.domain.ChatMessage;

/** Pushes a transcript line to the user's open browser tabs, if any; best effort, the transcript is the record. */
public interface LiveDelivery {

    void push(ChatMessage message);
}
