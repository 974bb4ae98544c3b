package org.sportello.channel.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sportello.channel.domain.ChatMessage;

/**
 * A transcript line as the browser receives it.
 *
 * @param picture null for a line without one
 */
record WireMessage(long seq, String id, String direction, String purpose, String text, List<Choice> quickReplies, Instant at,
                   Picture picture) {

    record Choice(String title, String payload) {
    }

    /** A picture under the text: where this node serves it (same origin, so the page's CSP lets it show), and its words. */
    record Picture(String url, String alt) {
    }

    static WireMessage of(ChatMessage message) {
        return new WireMessage(message.seq(), message.messageId(), message.direction().name().toLowerCase(Locale.ROOT),
                message.purpose(), message.text(),
                message.quickReplies().stream().map(choice -> new Choice(choice.title(), choice.payload())).toList(),
                message.createdAt(),
                message.picture() == null ? null : new Picture(message.picture().path(), message.picture().altText()));
    }
}
