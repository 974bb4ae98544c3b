package org.sportello.channel.adapter.out.telegram;

import org.sportello.consent.Linking;
import org.sportello.notify.PlatformSender;
import org.sportello.notify.QuickReply;
import org.sportello.shared.Channel;
import org.sportello.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the outbox's Telegram messages with {@code sendMessage}: plain text (no Markdown, so
 * nothing a customer or a merchant name holds is read as markup), quick replies as an inline
 * keyboard, one button per row, and the link button as a URL button to the bank's page.
 */
@Component
@Conditional(TelegramProperties.BotConfigured.class)
class TelegramSender implements PlatformSender {

    /** Where the bank sends the customer back; the page there tells them to go back to Telegram. */
    static final String COMPLETE_PATH = "/link/complete";
    /** Telegram has no linking token of its own: Sportello makes one per link button, as the web chat does. */
    static final int LINKING_TOKEN_BYTES = 32;

    private final TelegramBotApi api;
    private final Linking linking;
    private final Secrets secrets;
    private final String publicUrl;

    TelegramSender(TelegramBotApi api, Linking linking, Secrets secrets,
                   @Value("${sportello.public-url:http://localhost:8080}") String publicUrl) {
        this.api = api;
        this.linking = linking;
        this.secrets = secrets;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public SendResult send(Outbound message) {
        long chatId;
        try {
            chatId = Long.parseLong(message.to().userId());
        } catch (NumberFormatException notAChatId) {
            return new SendResult.Permanent("'" + message.to().userId() + "' is not a Telegram chat id");
        }
        ObjectNode parameters = api.parameters().put("chat_id", chatId).put("text", message.text());
        if (!message.quickReplies().isEmpty()) {
            ArrayNode rows = parameters.putObject("reply_markup").putArray("inline_keyboard");
            for (QuickReply reply : message.quickReplies()) {
                ObjectNode button = rows.addArray().addObject().put("text", reply.title());
                if (reply.isLinkAccount()) {
                    button.put("url", linkUrl(message));
                } else {
                    button.put("callback_data", reply.payload());
                }
            }
        }
        return api.call("sendMessage", parameters);
    }

    /**
     * A fresh linking request at every send: the bank's page refuses a request older than
     * {@code sportello.consent.request-validity}, and a retried message may go out much later.
     */
    private String linkUrl(Outbound message) {
        String bankUrl = linking.start(message.to(), message.language(), publicUrl + COMPLETE_PATH,
                secrets.token(LINKING_TOKEN_BYTES)).bankUrl();
        return bankUrl.startsWith("/") ? publicUrl + bankUrl : bankUrl;
    }
}
