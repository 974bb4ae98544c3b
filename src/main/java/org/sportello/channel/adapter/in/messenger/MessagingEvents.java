package org.sportello.channel.adapter.in.messenger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.sportello.channel.application.PlatformInbox;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.GeoPoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * One event of a webhook's {@code messaging} array, acted on: what the customer wrote or tapped goes
 * to the platform inbox, account linking to the consent module, receipts and echoes are ignored.
 */
@Component
class MessagingEvents {

    /** The payload a shared location becomes: {@code LOCATION:48.8675,2.3634}. */
    static final String LOCATION_PAYLOAD = "LOCATION:";

    /**
     * Meta's mids are about 100 characters; longer ones are refused so that the ids derived from
     * them ({@code reply:messenger:<mid>:card}) stay within the outbox's 200.
     */
    static final int MID_CHARS_MAX = 150;

    /** What became of one event. */
    sealed interface Outcome {

        /** Handed on; {@code first} is false when the platform had sent it before. */
        record Recorded(boolean first) implements Outcome {
        }

        /** Nothing to do (a receipt, an echo of the Page's own message). */
        record Ignored(String what) implements Outcome {
        }

        /** Malformed or incomplete: skipped, the batch's other events are not. */
        record Unusable(String why) implements Outcome {
        }
    }

    private final PlatformInbox inbox;
    private final AccountLinkingEvents accountLinking;

    MessagingEvents(PlatformInbox inbox, AccountLinkingEvents accountLinking) {
        this.inbox = inbox;
        this.accountLinking = accountLinking;
    }

    Outcome handle(JsonNode event) {
        String psid = string(event.path("sender").path("id"));
        if (psid == null || psid.isBlank() || psid.length() > ChatAddress.USER_ID_CHARS_MAX) {
            return new Outcome.Unusable("sender.id is missing or not 1 to " + ChatAddress.USER_ID_CHARS_MAX + " characters");
        }
        ChatAddress from = new ChatAddress(Channel.MESSENGER, psid);
        JsonNode timestamp = event.path("timestamp");
        Instant sentAt = timestamp.isIntegralNumber() ? Instant.ofEpochMilli(timestamp.asLong()) : null;
        if (event.path("message").isObject()) {
            return message(from, event.path("message"), sentAt);
        }
        if (event.path("postback").isObject()) {
            return postback(from, event.path("postback"), sentAt);
        }
        if (event.path("account_linking").isObject()) {
            return accountLinking(from, event.path("account_linking"), sentAt);
        }
        if (event.has("delivery") || event.has("read")) {
            return new Outcome.Ignored("a delivery or read receipt");
        }
        return new Outcome.Ignored("an event of a kind Sportello does not handle");
    }

    private Outcome message(ChatAddress from, JsonNode message, Instant sentAt) {
        if (message.path("is_echo").asBoolean(false)) {
            return new Outcome.Ignored("the echo of a message the Page sent");
        }
        String mid = string(message.path("mid"));
        if (mid == null || mid.isBlank() || mid.length() > MID_CHARS_MAX) {
            return new Outcome.Unusable("message.mid is missing or not 1 to " + MID_CHARS_MAX + " characters");
        }
        String text = string(message.path("text"));
        if (text != null) {
            String payload = string(message.path("quick_reply").path("payload"));
            return new Outcome.Recorded(inbox.receive(from, mid, text, payload, sentAt));
        }
        Optional<JsonNode> location = message.path("attachments").values().stream()
                .filter(attachment -> "location".equals(string(attachment.path("type")))).findFirst();
        if (location.isPresent()) {
            return location(from, mid, location.get().path("payload").path("coordinates"), sentAt);
        }
        return new Outcome.Ignored("a message with neither text nor a location");
    }

    /** A tapped button: its title is what the customer "says", its payload what it means. */
    private Outcome postback(ChatAddress from, JsonNode postback, Instant sentAt) {
        String mid = string(postback.path("mid"));
        if (mid != null && (mid.isBlank() || mid.length() > MID_CHARS_MAX)) {
            return new Outcome.Unusable("postback.mid is not 1 to " + MID_CHARS_MAX + " characters");
        }
        if (mid == null && sentAt == null) {
            return new Outcome.Unusable("postback without mid needs a timestamp");
        }
        // Older postbacks carry no mid; sender and timestamp identify them just as well.
        String id = mid != null ? mid : "postback:" + from.userId() + ":" + sentAt.toEpochMilli();
        String title = string(postback.path("title"));
        String payload = string(postback.path("payload"));
        return new Outcome.Recorded(inbox.receive(from, id, title == null ? "" : title, payload, sentAt));
    }

    private Outcome accountLinking(ChatAddress from, JsonNode linking, Instant sentAt) {
        if (sentAt == null) {
            return new Outcome.Unusable("account_linking without timestamp");
        }
        String id = "account_linking:" + from.userId() + ":" + sentAt.toEpochMilli();
        String status = string(linking.path("status"));
        if ("linked".equals(status)) {
            String code = string(linking.path("authorization_code"));
            if (code == null || code.isBlank()) {
                return new Outcome.Unusable("account_linking.authorization_code is missing");
            }
            return new Outcome.Recorded(accountLinking.linked(from, id, code));
        }
        if ("unlinked".equals(status)) {
            return new Outcome.Recorded(accountLinking.unlinked(from, id));
        }
        return new Outcome.Unusable("account_linking.status must be linked or unlinked");
    }

    /** A shared location, as the payload {@code LOCATION:lat,long} with no text. */
    private Outcome location(ChatAddress from, String mid, JsonNode coordinates, Instant sentAt) {
        if (!coordinates.path("lat").isNumber() || !coordinates.path("long").isNumber()) {
            return new Outcome.Unusable("location without payload.coordinates.lat and .long");
        }
        BigDecimal latitude = coordinates.path("lat").asDecimal();
        BigDecimal longitude = coordinates.path("long").asDecimal();
        try {
            new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
        } catch (IllegalArgumentException offTheGlobe) {
            return new Outcome.Unusable("location " + offTheGlobe.getMessage());
        }
        String payload = LOCATION_PAYLOAD + latitude.toPlainString() + "," + longitude.toPlainString();
        return new Outcome.Recorded(inbox.receive(from, mid, "", payload, sentAt));
    }

    private static String string(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }
}
