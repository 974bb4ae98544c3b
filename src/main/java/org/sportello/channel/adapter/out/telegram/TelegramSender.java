package org.sportello.channel.adapter.out.telegram;

import java.util.List;
import java.util.Optional;
import org.sportello.channel.adapter.out.PublicAddress;
import org.sportello.consent.Linking;
import org.sportello.notify.PlatformSender;
import org.sportello.notify.QuickReply;
import org.sportello.shared.Channel;
import org.sportello.shared.Secrets;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the outbox's Telegram messages with {@code sendMessage}: plain text (no Markdown, so
 * nothing a customer or a merchant name holds is read as markup), quick replies as an inline
 * keyboard, one button per row (not the web chat's share-location one: Telegram shares a location
 * from its attachment menu), and the link button as a URL button to the bank's page. A picture
 * goes with {@code sendPhoto}, by its public address, its alt text as the caption: the message's
 * text went before it with {@code sendMessage}, since a caption holds 1,024 characters and a text
 * 4,096 ({@link org.sportello.notify.Picture#ALT_TEXT_CHARS_MAX} keeps the alt text under the first).
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
    private final PublicAddress publicAddress;
    private final Limits limits;

    TelegramSender(TelegramBotApi api, Linking linking, Secrets secrets, PublicAddress publicAddress, TelegramProperties properties) {
        this.limits = new Limits(properties.ratePerSecond(), properties.chatInterval(), properties.chatBurst());
        this.api = api;
        this.linking = linking;
        this.secrets = secrets;
        this.publicAddress = publicAddress;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public SendResult send(Outbound message) {
        long chatId;
        try {
            chatId = Long.parseLong(message.to().userId());
        } catch (NumberFormatException notAChatId) {
            return new SendResult.Permanent("'" + message.to().userId() + "' is not a Telegram chat id");
        }
        ObjectNode parameters = api.parameters().put("chat_id", chatId);
        String method;
        if (message.picture() != null) {
            method = "sendPhoto";
            parameters.put("photo", publicAddress.of(message.picture())).put("caption", message.text());
        } else {
            method = "sendMessage";
            parameters.put("text", message.text());
        }
        List<QuickReply> quickReplies = message.platformQuickReplies();
        Optional<QuickReply> shareLocation = message.quickReplies().stream().filter(QuickReply::isShareLocation).findFirst();
        if (quickReplies.isEmpty() && shareLocation.isPresent() && message.picture() == null) {
            // Telegram's own location button: only a reply keyboard can ask for the location (an inline
            // button cannot), and it goes away once used. The shared location comes back as a message.
            ObjectNode keyboard = parameters.putObject("reply_markup");
            keyboard.putArray("keyboard").addArray().addObject().put("text", shareLocation.get().title()).put("request_location", true);
            keyboard.put("one_time_keyboard", true).put("resize_keyboard", true);
        }
        if (!quickReplies.isEmpty()) {
            ArrayNode rows = parameters.putObject("reply_markup").putArray("inline_keyboard");
            for (QuickReply reply : quickReplies) {
                ObjectNode button = rows.addArray().addObject().put("text", reply.title());
                if (reply.isLinkAccount()) {
                    button.put("url", linkUrl(message));
                } else {
                    button.put("callback_data", reply.payload());
                }
            }
        }
        return api.call(method, parameters);
    }

    /**
     * A fresh linking request at every send: the bank's page refuses a request older than
     * {@code sportello.consent.request-validity}, and a retried message may go out much later.
     */
    private String linkUrl(Outbound message) {
        String bankUrl = linking.start(message.to(), message.language(), publicAddress.of(COMPLETE_PATH),
                secrets.token(LINKING_TOKEN_BYTES)).bankUrl();
        return publicAddress.of(bankUrl);
    }
}
