package org.sportello.channel.adapter.out.telegram;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The Telegram bot. Without a bot token there is no Telegram channel at all; without a secret
 * token Sportello sends on Telegram but takes no updates.
 *
 * @param botToken       the bot's token from @BotFather; part of every Bot API address, so never logged
 * @param secretToken    the {@code secret_token} given to {@code setWebhook}: Telegram sends it with every update
 * @param apiUrl         the Bot API's address
 * @param connectTimeout how long to wait for a connection to the Bot API
 * @param readTimeout    how long to wait for the Bot API's whole answer
 * @param ratePerSecond  messages a second the bot sends in all: Telegram asks bots to stay around
 *                       30 (more with its paid broadcasts)
 * @param chatInterval   after a burst, the least time between two messages to one chat: Telegram asks
 *                       for no more than one a second, tolerating short bursts
 * @param chatBurst      messages one chat may get at once (an answer and its chart) before the interval applies
 */
@ConfigurationProperties("sportello.telegram")
public record TelegramProperties(
        String botToken,
        String secretToken,
        @DefaultValue("https://api.telegram.org") String apiUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("30") int ratePerSecond,
        @DefaultValue("1s") Duration chatInterval,
        @DefaultValue("3") int chatBurst) {

    static final String BOT_TOKEN = "sportello.telegram.bot-token";
    static final String SECRET_TOKEN = "sportello.telegram.secret-token";

    public TelegramProperties {
        apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        if (ratePerSecond < 1) {
            throw new IllegalArgumentException("sportello.telegram.rate-per-second must be at least 1, got " + ratePerSecond);
        }
        if (chatBurst < 1) {
            throw new IllegalArgumentException("sportello.telegram.chat-burst must be at least 1, got " + chatBurst);
        }
        if (chatInterval.isNegative()) {
            throw new IllegalArgumentException("sportello.telegram.chat-interval must not be negative (0s: no per-chat limit), got "
                    + chatInterval);
        }
    }

    /** The tokens stay out of logs and error pages, even when the whole record is printed. */
    @Override
    public String toString() {
        return "TelegramProperties[botToken=" + (StringUtils.hasText(botToken) ? "(set)" : "(unset)")
                + ", secretToken=" + (StringUtils.hasText(secretToken) ? "(set)" : "(unset)") + ", apiUrl=" + apiUrl
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", ratePerSecond=" + ratePerSecond
                + ", chatInterval=" + chatInterval + ", chatBurst=" + chatBurst + "]";
    }

    /** Sportello sends on Telegram: the bot token is set (an empty value counts as unset). */
    public static final class BotConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(BOT_TOKEN));
        }
    }

    /** Sportello takes Telegram's updates: the bot token and the webhook's secret token are set. */
    public static final class WebhookConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(BOT_TOKEN))
                    && StringUtils.hasText(context.getEnvironment().getProperty(SECRET_TOKEN));
        }
    }
}
