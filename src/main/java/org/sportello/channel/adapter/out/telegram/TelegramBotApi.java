package org.sportello.channel.adapter.out.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.sportello.channel.adapter.out.PlatformHttp;
import org.sportello.notify.PlatformSender.SendResult;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Telegram's Bot API: {@code POST {api-url}/bot{token}/{method}} with JSON, and its answer
 * classified. The token is part of every address, so no address and no exception message
 * leaves this class.
 */
@Component
@Conditional(TelegramProperties.BotConfigured.class)
public class TelegramBotApi {

    /** What @BotFather hands out: the bot's id, a colon, and the secret part. */
    private static final Pattern BOT_TOKEN = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{1,100}");

    private final PlatformHttp http;
    private final JsonMapper json;
    private final String methods;

    TelegramBotApi(TelegramProperties properties, JsonMapper json) {
        if (!BOT_TOKEN.matcher(properties.botToken()).matches()) {
            throw new IllegalStateException(TelegramProperties.BOT_TOKEN
                    + " is not a bot token: digits, a colon, then letters, digits, '-' and '_' (the value is not shown)");
        }
        this.methods = properties.apiUrl() + "/bot" + properties.botToken() + "/";
        this.json = json;
        this.http = new PlatformHttp("the Bot API", null, properties.connectTimeout(), properties.readTimeout());
    }

    /** An empty JSON object, for a call's parameters. */
    public ObjectNode parameters() {
        return json.createObjectNode();
    }

    /**
     * Calls {@code method}; never throws for what happens on the way. {@code Sent} carries the
     * result's {@code message_id} when it has one.
     */
    public SendResult call(String method, ObjectNode parameters) {
        try {
            return http.client().post().uri(URI.create(methods + method)).contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(parameters))
                    .exchange((request, response) -> classify(response.getStatusCode().value(),
                            read(PlatformHttp.read(response.getBody()))), true);
        } catch (RestClientException unreachable) {
            return new SendResult.Retry(http.unreachable(unreachable), null);
        }
    }

    /** Stops the spinner on the button the customer tapped. */
    public SendResult answerCallbackQuery(String callbackQueryId) {
        return call("answerCallbackQuery", parameters().put("callback_query_id", callbackQueryId));
    }

    /**
     * Telegram answers {@code {"ok": true, "result": ...}}, or {@code {"ok": false, "error_code",
     * "description"}}, with {@code parameters.retry_after} seconds on 429.
     */
    static SendResult classify(int status, JsonNode answer) {
        if (status / 100 == 2 && answer.path("ok").asBoolean(false)) {
            return new SendResult.Sent(answer.path("result").path("message_id").asString(""));
        }
        String reason = answer.path("error_code").asInt(status) + " "
                + answer.path("description").asString("(Telegram gave no description)");
        if (status == 429) {
            long retryAfterSeconds = answer.path("parameters").path("retry_after").asLong(0);
            return new SendResult.Retry(reason, retryAfterSeconds > 0 ? Duration.ofSeconds(retryAfterSeconds) : null);
        }
        if (status / 100 == 4 && status != 408) {
            return new SendResult.Permanent(reason); // blocked, chat not found, bad token: the same again fails the same
        }
        return new SendResult.Retry(reason, null); // 5xx, a timeout at a proxy, or an answer that does not say ok
    }

    private JsonNode read(byte[] answer) {
        try {
            return json.readTree(answer);
        } catch (JacksonException notJson) {
            return json.missingNode(); // a proxy's HTML error page: the status alone decides
        }
    }
}
