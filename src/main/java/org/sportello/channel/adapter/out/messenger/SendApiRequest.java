package org.sportello.channel.adapter.out.messenger;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sportello.notify.Picture;
import org.sportello.notify.PlatformSender.Delivery;
import org.sportello.notify.PlatformSender.Outbound;
import org.sportello.notify.QuickReply;
import org.sportello.notify.Receipt;
import org.sportello.shared.Money;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Send API's JSON body for one message: text with quick replies (not the web chat's
 * share-location one: Messenger shares a location from its attachment menu); when the message offers the
 * account-link button, a button template with Messenger's own {@code account_link} button; when it
 * carries a purchase's receipt, the receipt template (its text is for the other channels); when it
 * is a picture, an image attachment Meta fetches from its address (the alt text is not shown).
 */
final class SendApiRequest {

    /** Messenger refuses a button template whose text is longer. */
    static final int BUTTON_TEXT_CHARS_MAX = 640;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SendApiRequest() {
    }

    /**
     * @param accountLinkUrl the bank's page for this chat, asked for only when the message has the
     *                       link button (asking starts a linking request)
     * @param pictureUrl     a picture's absolute address
     */
    static ObjectNode body(Outbound message, Supplier<String> accountLinkUrl, Function<Picture, String> pictureUrl) {
        ObjectNode body = NODES.objectNode();
        body.putObject("recipient").put("id", message.to().userId());
        Delivery delivery = message.delivery();
        body.put("messaging_type", delivery.type().name());
        if (delivery.tag() != null) {
            body.put("tag", delivery.tag().name());
        }
        boolean offersLink = message.quickReplies().stream().anyMatch(QuickReply::isLinkAccount);
        if (message.picture() != null) {
            body.set("message", image(pictureUrl.apply(message.picture())));
        } else if (message.receipt() != null) {
            body.set("message", template(receipt(message.receipt())));
        } else {
            body.set("message", offersLink ? linkButton(message.text(), accountLinkUrl.get())
                    : text(message.text(), message.platformQuickReplies()));
        }
        return body;
    }

    private static ObjectNode text(String text, List<QuickReply> quickReplies) {
        ObjectNode message = NODES.objectNode().put("text", text);
        if (!quickReplies.isEmpty()) {
            ArrayNode replies = message.putArray("quick_replies");
            for (QuickReply reply : quickReplies) {
                replies.addObject().put("content_type", "text").put("title", reply.title()).put("payload", reply.payload());
            }
        }
        return message;
    }

    /**
     * A button template cannot carry quick replies, and Messenger shows a message's quick replies
     * only with a text: the link button wins and the other quick replies of the message are dropped.
     * Messenger appends account_linking_token and redirect_uri to the url itself.
     */
    private static ObjectNode linkButton(String text, String url) {
        ObjectNode payload = NODES.objectNode().put("template_type", "button").put("text", fitButtonText(text));
        payload.putArray("buttons").addObject().put("type", "account_link").put("url", url);
        return template(payload);
    }

    /** Amounts as JSON numbers in major units (59.90), the timestamp as a string of epoch seconds, as Meta shows them. */
    private static ObjectNode receipt(Receipt receipt) {
        String currency = receipt.currency().getCurrencyCode();
        ObjectNode payload = NODES.objectNode().put("template_type", "receipt")
                .put("recipient_name", receipt.recipientName())
                .put("order_number", receipt.orderNumber())
                .put("currency", currency)
                .put("payment_method", receipt.paymentMethod())
                .put("timestamp", Long.toString(receipt.timestamp().getEpochSecond()));
        ArrayNode elements = payload.putArray("elements");
        for (Receipt.Element element : receipt.elements()) {
            elements.addObject().put("title", element.title()).put("quantity", element.quantity())
                    .put("price", element.price().amount()).put("currency", currency);
        }
        ObjectNode summary = payload.putObject("summary");
        putAmount(summary, "subtotal", receipt.subtotal());
        putAmount(summary, "shipping_cost", receipt.shippingCost());
        putAmount(summary, "total_tax", receipt.totalTax());
        putAmount(summary, "total_cost", receipt.totalCost());
        return payload;
    }

    private static void putAmount(ObjectNode summary, String name, Money amount) {
        if (amount != null) {
            summary.put(name, amount.amount());
        }
    }

    /**
     * Not reusable: each chart is drawn for one answer, so Meta need not keep an attachment id for it.
     * Quick replies stay with the text before it.
     */
    private static ObjectNode image(String url) {
        return attachment("image", NODES.objectNode().put("url", url).put("is_reusable", false));
    }

    private static ObjectNode template(ObjectNode payload) {
        return attachment("template", payload);
    }

    private static ObjectNode attachment(String type, ObjectNode payload) {
        ObjectNode attachment = NODES.objectNode().put("type", type);
        attachment.set("payload", payload);
        ObjectNode message = NODES.objectNode();
        message.set("attachment", attachment);
        return message;
    }

    /** Longer texts are cut rather than refused: the button matters more than the end of the text. */
    static String fitButtonText(String text) {
        if (text.length() <= BUTTON_TEXT_CHARS_MAX) {
            return text;
        }
        int end = BUTTON_TEXT_CHARS_MAX - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half an emoji
        }
        return text.substring(0, end) + "…";
    }
}
