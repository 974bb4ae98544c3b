package org.sportello.channel.messenger;

import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook bodies as Meta sends them (messenger.md), written like sentences:
 * {@code batch(entry(text(psid, "m_1", "ciao", at)))}.
 */
final class PageEvents {

    static final String PAGE_ID = "1122334455";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PageEvents() {
    }

    static String batch(String... entries) {
        return "{\"object\": \"page\", \"entry\": [" + String.join(", ", entries) + "]}";
    }

    static String entry(String... events) {
        return "{\"id\": \"" + PAGE_ID + "\", \"time\": 1763456400000, \"messaging\": [" + String.join(", ", events) + "]}";
    }

    /** Events of a conversation another app owns (handover protocol). */
    static String standbyEntry(String... events) {
        return "{\"id\": \"" + PAGE_ID + "\", \"time\": 1763456400000, \"standby\": [" + String.join(", ", events) + "]}";
    }

    static String text(String psid, String mid, String text, Instant at) {
        return event(psid, at, "\"message\": {\"mid\": \"" + mid + "\", \"text\": " + quote(text) + "}");
    }

    static String quickReply(String psid, String mid, String title, String payload, Instant at) {
        return event(psid, at, "\"message\": {\"mid\": \"" + mid + "\", \"text\": " + quote(title)
                + ", \"quick_reply\": {\"payload\": " + quote(payload) + "}}");
    }

    static String postback(String psid, String mid, String title, String payload, Instant at) {
        return event(psid, at, "\"postback\": {" + (mid == null ? "" : "\"mid\": \"" + mid + "\", ") + "\"title\": " + quote(title)
                + ", \"payload\": " + quote(payload) + "}");
    }

    static String location(String psid, String mid, String latitude, String longitude, Instant at) {
        return event(psid, at, "\"message\": {\"mid\": \"" + mid + "\", \"attachments\": [{\"type\": \"location\","
                + " \"payload\": {\"coordinates\": {\"lat\": " + latitude + ", \"long\": " + longitude + "}}}]}");
    }

    /** What the Page itself sent, echoed back. */
    static String echo(String psid, String mid, String text, Instant at) {
        return event(psid, at, "\"message\": {\"is_echo\": true, \"mid\": \"" + mid + "\", \"text\": " + quote(text) + "}");
    }

    static String delivered(String psid, Instant at) {
        return event(psid, at, "\"delivery\": {\"mids\": [\"m_out_1\"], \"watermark\": " + at.toEpochMilli() + "}");
    }

    static String read(String psid, Instant at) {
        return event(psid, at, "\"read\": {\"watermark\": " + at.toEpochMilli() + "}");
    }

    static String linked(String psid, String authorizationCode, Instant at) {
        return event(psid, at, "\"account_linking\": {\"status\": \"linked\", \"authorization_code\": " + quote(authorizationCode) + "}");
    }

    static String unlinked(String psid, Instant at) {
        return event(psid, at, "\"account_linking\": {\"status\": \"unlinked\"}");
    }

    /** An event Meta would never send: no sender. */
    static String withoutSender(String mid, String text, Instant at) {
        return "{\"recipient\": {\"id\": \"" + PAGE_ID + "\"}, \"timestamp\": " + at.toEpochMilli()
                + ", \"message\": {\"mid\": \"" + mid + "\", \"text\": " + quote(text) + "}}";
    }

    private static String event(String psid, Instant at, String content) {
        return "{\"sender\": {\"id\": \"" + psid + "\"}, \"recipient\": {\"id\": \"" + PAGE_ID + "\"}, \"timestamp\": "
                + at.toEpochMilli() + ", " + content + "}";
    }

    private static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    /** A batch of one entry. */
    static String batchOf(String... events) {
        return batch(entry(events));
    }
}
