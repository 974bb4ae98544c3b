package org.sportello.channel.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sportello.channel.domain.ChatMessage;

/** A transcript line as the browser receives it. */
record WireMessage(long seq, String id, String direction, String purpose, String text, List<Choice> quickReplies, Instant at) {

    record Choice(String title, String payload) {
    }

    static WireMessage of(ChatMessage message) {
        return new WireMessage(message.seq(), message.messageId(), message.direction().name().toLowerCase(Locale.ROOT),
                message.purpose(), message.text(),
                message.quickReplies().stream().map(choice -> new Choice(choice.title(), choice.payload())).toList(),
                message.createdAt());
    }
}
