package org.sportello.channel.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The built-in web chat.
 *
 * @param heartbeat         how often an idle stream gets a comment line, so proxies keep it open
 * @param streamTimeout     how long one server-sent-events stream lives; the browser reconnects after
 * @param streamsPerUserMax open streams (tabs) per chat user; the oldest is closed beyond it
 * @param streamsMax        open streams in all; new ones are refused with 503 beyond it
 * @param historyMessages   how many past messages a newly opened chat shows
 */
@ConfigurationProperties("sportello.webchat")
public record WebChatProperties(
        @DefaultValue("20s") Duration heartbeat,
        @DefaultValue("30m") Duration streamTimeout,
        @DefaultValue("5") int streamsPerUserMax,
        @DefaultValue("10000") int streamsMax,
        @DefaultValue("50") int historyMessages) {
}
