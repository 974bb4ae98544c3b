package org.sportello.channel.adapter.out.messenger;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.sportello.notify.PlatformSender.SendResult;
import org.sportello.shared.Ellipsis;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Send API's answer means for the outbox: sent, try again later, or never. Meta's error
 * codes decide where there is one ({@code {"error": {"message", "code", "error_subcode"}}}), the
 * HTTP status otherwise: 5xx and 429 are passing, other 4xx are not.
 */
final class SendApiAnswer {

    /** Temporary or unknown errors on Meta's side. */
    static final Set<Integer> TEMPORARY = Set.of(1, 2, 1200);
    /** Rate limits: application, page, and per-user/policy throttling. */
    static final Set<Integer> RATE_LIMITED = Set.of(4, 32, 613);
    /** Meta's messages are short; a longer one is cut so it fits the outbox's error column. */
    static final int REASON_CHARS_MAX = 300;

    private SendApiAnswer() {
    }

    /**
     * @param retryAfter the Retry-After header (seconds or an HTTP date), or null
     * @param body       the answer's body, possibly empty or not JSON
     */
    static SendResult classify(int status, String retryAfter, byte[] body, JsonMapper json, Instant now) {
        JsonNode answer = parse(body, json);
        if (status >= 200 && status < 300) {
            JsonNode id = answer.path("message_id");
            return new SendResult.Sent(id.isString() ? id.stringValue() : null);
        }
        Duration after = retryAfter(retryAfter, now);
        JsonNode error = answer.path("error");
        if (!error.path("code").isIntegralNumber()) {
            String reason = "HTTP " + status + " from the Send API";
            return status >= 500 || status == 429 ? new SendResult.Retry(reason, after) : new SendResult.Permanent(reason);
        }
        int code = error.path("code").asInt();
        String reason = reason(code, error);
        if (RATE_LIMITED.contains(code)) {
            return new SendResult.Retry("rate limited: " + reason, after);
        }
        if (TEMPORARY.contains(code) || status >= 500) {
            return new SendResult.Retry(reason, after);
        }
        return new SendResult.Permanent(reason);
    }

    /** "Messenger error 551 (subcode 1545041): This person isn't available right now." */
    private static String reason(int code, JsonNode error) {
        JsonNode subcode = error.path("error_subcode");
        JsonNode message = error.path("message");
        String reason = "Messenger error " + code + (subcode.isIntegralNumber() ? " (subcode " + subcode.asLong() + ")" : "") + ": "
                + (message.isString() ? message.stringValue() : "no message");
        return Ellipsis.cut(reason, REASON_CHARS_MAX);
    }

    private static JsonNode parse(byte[] body, JsonMapper json) {
        if (body == null || body.length == 0) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException notJson) {
            return json.missingNode(); // a proxy's HTML error page: the status alone decides
        }
    }

    /** Null when absent, unreadable or already past. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return value.length() > 9 ? null : Duration.ofSeconds(Long.parseLong(value));
            }
            Duration until = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return until.isNegative() || until.isZero() ? null : until;
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
