package org.sportello.channel.adapter.out.messenger;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Messenger channel: the Page it speaks for and the app it receives webhooks as. The webhook
 * exists only with {@code appSecret} and {@code verifyToken}, the sender only with
 * {@code pageAccessToken}; without them Sportello has no Messenger channel.
 *
 * @param appSecret       the Meta app's secret: webhooks are signed with it (X-Hub-Signature-256)
 * @param pageAccessToken the Page's access token for the Send API
 * @param verifyToken     what Meta must echo when it verifies the webhook subscription
 * @param pageId          the Page's id in the Send API path; unset: {@code me}, the Page of the token
 * @param graphApiUrl     the Graph API, with its version
 * @param connectTimeout  how long the Send API may take to accept a connection
 * @param readTimeout     how long the Send API may take to answer; a later answer is retried
 */
@ConfigurationProperties("sportello.messenger")
public record MessengerProperties(
        String appSecret,
        String pageAccessToken,
        String verifyToken,
        String pageId,
        @DefaultValue("https://graph.facebook.com/v21.0") String graphApiUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {

    /** The Page the token belongs to, when no id is configured. */
    static final String OWN_PAGE = "me";

    /** The Page's id, or {@code me}. */
    public String page() {
        return pageId == null || pageId.isBlank() ? OWN_PAGE : pageId;
    }

    /**
     * A secret the channel needs, refusing a blank one: an empty environment variable must not turn
     * the channel on without credentials.
     */
    public static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("sportello.messenger." + property + " is set but blank");
        }
        return value;
    }

    /** Never the secrets themselves: a record would print them into any log that shows the properties. */
    @Override
    public String toString() {
        return "MessengerProperties[pageId=" + page() + ", graphApiUrl=" + graphApiUrl + ", appSecret=" + mask(appSecret)
                + ", pageAccessToken=" + mask(pageAccessToken) + ", verifyToken=" + mask(verifyToken) + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static String mask(String secret) {
        return secret == null ? "(unset)" : "(set)";
    }
}
