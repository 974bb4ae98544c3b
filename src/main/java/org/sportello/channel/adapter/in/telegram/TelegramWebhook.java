package org.sportello.channel.adapter.in.telegram;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.channel.adapter.out.telegram.TelegramBotApi;
import org.sportello.channel.adapter.out.telegram.TelegramProperties;
import org.sportello.channel.application.PlatformInbox;
import org.sportello.notify.PlatformSender.SendResult;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Digests;
import org.sportello.shared.RequestRefused;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram's webhook: one update per request, from Telegram only if it carries the secret token
 * given to {@code setWebhook}. Customers' messages go to the {@link PlatformInbox} and the answer
 * is {@code {}} at once; the assistant replies through the outbox.
 */
@RestController
@Conditional(TelegramProperties.WebhookConfigured.class)
class TelegramWebhook {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

    static final String PATH = "/webhooks/telegram";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramProperties properties;
    private final PlatformInbox inbox;
    private final TelegramBotApi api;
    private final JsonMapper json;

    TelegramWebhook(TelegramProperties properties, PlatformInbox inbox, TelegramBotApi api, JsonMapper json) {
        this.properties = properties;
        this.inbox = inbox;
        this.api = api;
        this.json = json;
    }

    @PostMapping(PATH)
    Map<String, Object> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                HttpServletRequest request) throws IOException {
        checkSecret(secret); // the body is not signed: nothing of it is read before the header is right
        JsonNode body = json.readTree(request.getInputStream());
        if (body == null || !body.isObject()) {
            throw new RequestRefused(RequestRefused.Reason.MALFORMED, "malformed-json", "Malformed JSON",
                    "a Telegram update is one JSON object");
        }
        TelegramUpdate update = TelegramUpdate.read(body);
        if (!update.saysSomething()) {
            log.debug("Telegram update {} ignored: nothing Sportello reads", update.updateId());
        } else if (!update.isPrivate()) {
            log.debug("Telegram update {} ignored: it comes from a {} chat, and banking is one to one", update.updateId(),
                    update.chatType());
        } else {
            inbox.receive(new ChatAddress(Channel.TELEGRAM, String.valueOf(update.chatId())), String.valueOf(update.updateId()),
                    update.text(), update.payload(), update.sentAt());
            if (update.callbackQueryId() != null) {
                acknowledge(update);
            }
        }
        return Map.of();
    }

    private void checkSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new RequestRefused(RequestRefused.Reason.UNAUTHENTICATED, "telegram-secret-missing",
                    "Telegram secret token missing", "the " + SECRET_HEADER + " header is missing: Telegram sends it with every"
                    + " update once the webhook is set with secret_token");
        }
        if (!Digests.equalInConstantTime(secret, properties.secretToken())) {
            log.info("Telegram webhook refused an update: wrong secret token");
            throw new RequestRefused(RequestRefused.Reason.FORBIDDEN, "telegram-secret-mismatch", "Wrong Telegram secret token",
                    "the " + SECRET_HEADER + " header does not match sportello.telegram.secret-token");
        }
    }

    /** Telegram shows a spinner on the button until this; the customer's message counts either way. */
    private void acknowledge(TelegramUpdate update) {
        SendResult answer = api.answerCallbackQuery(update.callbackQueryId());
        if (!(answer instanceof SendResult.Sent)) {
            log.warn("Telegram update {}: the tapped button was not acknowledged: {}", update.updateId(), answer);
        }
    }
}
