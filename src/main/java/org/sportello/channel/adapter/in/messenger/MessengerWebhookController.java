package org.sportello.channel.adapter.in.messenger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.channel.adapter.in.messenger.MessagingEvents.Outcome;
import org.sportello.channel.adapter.out.messenger.MessengerProperties;
import org.sportello.shared.Digests;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.RequestRefused.Reason;
import org.sportello.shared.Violation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messenger's webhook: the subscription handshake, and the signed batches of events. Every event
 * is recorded before the 200 (a row and an event each, quick); the assistant answers
 * asynchronously. Meta redelivers a batch it got no 200 for, so every event is deduplicated by its
 * id. Exists only when the app secret and the verify token are configured.
 */
@RestController
@RequestMapping("/webhooks/messenger")
@ConditionalOnProperty(prefix = "sportello.messenger", name = {"app-secret", "verify-token"})
class MessengerWebhookController {

    private static final Logger log = LoggerFactory.getLogger(MessengerWebhookController.class);

    static final String RECEIVED = "EVENT_RECEIVED";
    static final MediaType PLAIN_TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final WebhookSignature signature;
    private final String verifyToken;
    private final MessagingEvents events;
    private final JsonMapper json;

    MessengerWebhookController(MessengerProperties properties, MessagingEvents events, JsonMapper json) {
        this.signature = new WebhookSignature(MessengerProperties.required(properties.appSecret(), "app-secret"));
        this.verifyToken = MessengerProperties.required(properties.verifyToken(), "verify-token");
        this.events = events;
        this.json = json;
    }

    /** Meta checks that this is the endpoint it was configured with: the challenge comes back only then. */
    @GetMapping
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String token,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if (!"subscribe".equals(mode)) {
            throw verificationRefused("hub.mode", "hub.mode must be subscribe");
        }
        if (!Digests.equalInConstantTime(verifyToken, token)) {
            throw verificationRefused("hub.verify_token", "hub.verify_token does not match sportello.messenger.verify-token");
        }
        if (challenge == null || challenge.isEmpty()) {
            throw new RequestRefused(Reason.MALFORMED, "webhook-verification-refused", "Webhook verification refused",
                    "hub.challenge is required: it is what this endpoint answers", List.of(Violation.ofField("hub.challenge", "required")));
        }
        return ResponseEntity.ok().contentType(PLAIN_TEXT).body(challenge);
    }

    @PostMapping
    ResponseEntity<String> receive(@RequestHeader(name = WebhookSignature.HEADER, required = false) String signed,
                                   @RequestBody(required = false) byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        checkSignature(signed, raw);
        JsonNode batch = json.readTree(raw); // malformed JSON: 400 with line and column, from ApiProblems
        if (!"page".equals(batch.path("object").asString(""))) {
            throw invalid("object", "must be \"page\": this endpoint takes the events of a Facebook Page");
        }
        if (!batch.path("entry").isArray()) {
            throw invalid("entry", "must be an array of entries");
        }
        int index = 0;
        for (JsonNode entry : batch.path("entry").values()) {
            handleEntry(index++, entry);
        }
        return ResponseEntity.ok().contentType(PLAIN_TEXT).body(RECEIVED);
    }

    private void checkSignature(String signed, byte[] body) {
        WebhookSignature.Check check = signature.check(signed, body);
        if (check == WebhookSignature.Check.MISSING) {
            log.warn("Messenger webhook refused: no {} header", WebhookSignature.HEADER);
            throw new RequestRefused(Reason.UNAUTHENTICATED, "webhook-signature-missing", "Webhook signature missing",
                    WebhookSignature.HEADER + " is required: sha256= and the hex HMAC-SHA256 of the raw body with the app secret");
        }
        if (check == WebhookSignature.Check.MISMATCH) {
            log.warn("Messenger webhook refused: {} does not match the body (check sportello.messenger.app-secret)",
                    WebhookSignature.HEADER);
            throw new RequestRefused(Reason.FORBIDDEN, "webhook-signature-mismatch", "Webhook signature mismatch",
                    WebhookSignature.HEADER + " does not match the body: it must be sha256= and the hex HMAC-SHA256 of the raw"
                            + " body with the app secret");
        }
    }

    /** Each event on its own: one that cannot be handled is skipped, and the others still are. */
    private void handleEntry(int entryIndex, JsonNode entry) {
        if (entry.path("standby").isArray() && !entry.path("standby").isEmpty()) {
            // Conversations another app owns (handover protocol): not ours to answer.
            log.debug("Messenger entry {}: {} standby events skipped", entryIndex, entry.path("standby").size());
        }
        int eventIndex = 0;
        for (JsonNode event : entry.path("messaging").values()) {
            Outcome outcome = events.handle(event);
            if (outcome instanceof Outcome.Unusable unusable) {
                log.warn("Messenger entry {} event {} skipped: {}", entryIndex, eventIndex, unusable.why());
            } else if (outcome instanceof Outcome.Ignored ignored) {
                log.debug("Messenger entry {} event {} ignored: {}", entryIndex, eventIndex, ignored.what());
            } else if (outcome instanceof Outcome.Recorded recorded && !recorded.first()) {
                log.debug("Messenger entry {} event {} was received before", entryIndex, eventIndex);
            }
            eventIndex++;
        }
    }

    private static RequestRefused verificationRefused(String parameter, String detail) {
        return new RequestRefused(Reason.FORBIDDEN, "webhook-verification-refused", "Webhook verification refused", detail,
                List.of(Violation.ofField(parameter, "does not match")));
    }

    private static RequestRefused invalid(String field, String detail) {
        return new RequestRefused(Reason.INVALID, "invalid-webhook-event", "Invalid webhook event", field + ": " + detail,
                List.of(Violation.ofField(field, detail)));
    }
}
