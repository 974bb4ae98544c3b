package org.sportello.channel.adapter.in.telegram;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Violation;
import tools.jackson.databind.JsonNode;

/**
 * What Sportello reads of one Bot API update: a text, a shared location or a tapped button, and
 * the chat it came from. Any other update (an edited message, a sticker, a member change) is
 * read as one that says nothing, so Telegram stops redelivering it.
 *
 * @param chatId          null when the update says nothing Sportello reads
 * @param chatType        "private", "group", "supergroup" or "channel"
 * @param sentAt          when the customer sent it, null when Telegram does not say (a tap)
 * @param callbackQueryId the tapped button's query, to acknowledge; null for messages
 */
record TelegramUpdate(long updateId, Long chatId, String chatType, String text, String payload, Instant sentAt,
                      String callbackQueryId) {

    static final String LOCATION_PAYLOAD = "LOCATION:";

    boolean saysSomething() {
        return chatId != null;
    }

    boolean isPrivate() {
        return "private".equals(chatType);
    }

    /** @throws RequestRefused (422) when a field Sportello reads is missing or of the wrong type */
    static TelegramUpdate read(JsonNode update) {
        long updateId = integer(update.path("update_id"), "/update_id");
        if (update.has("message")) {
            return message(updateId, update.get("message"));
        }
        if (update.has("callback_query")) {
            return callbackQuery(updateId, update.get("callback_query"));
        }
        return nothing(updateId);
    }

    private static TelegramUpdate message(long updateId, JsonNode message) {
        JsonNode chat = message.path("chat");
        long chatId = integer(chat.path("id"), "/message/chat/id");
        Instant sentAt = message.path("date").isIntegralNumber() ? Instant.ofEpochSecond(message.get("date").longValue()) : null;
        if (message.path("text").isString()) {
            return new TelegramUpdate(updateId, chatId, chat.path("type").asString(""), message.get("text").asString(), null,
                    sentAt, null);
        }
        if (message.has("location")) {
            return new TelegramUpdate(updateId, chatId, chat.path("type").asString(""), "", location(message.get("location")),
                    sentAt, null);
        }
        return nothing(updateId);
    }

    private static TelegramUpdate callbackQuery(long updateId, JsonNode query) {
        JsonNode chat = query.path("message").path("chat");
        if (!query.path("data").isString() || chat.isMissingNode()) {
            return nothing(updateId); // a game's button, or a button of an inline-mode message: not Sportello's
        }
        long chatId = integer(chat.path("id"), "/callback_query/message/chat/id");
        String data = query.get("data").asString();
        return new TelegramUpdate(updateId, chatId, chat.path("type").asString(""),
                buttonText(query.path("message").path("reply_markup").path("inline_keyboard"), data), data, null,
                query.path("id").asString(null));
    }

    /** The title of the button that carries {@code data}, as the customer saw it; else the data itself. */
    private static String buttonText(JsonNode keyboard, String data) {
        for (JsonNode row : keyboard) {
            for (JsonNode button : row) {
                if (data.equals(button.path("callback_data").asString(null)) && button.path("text").isString()) {
                    return button.get("text").asString();
                }
            }
        }
        return data;
    }

    /** {@code LOCATION:48.8675,2.3634}: the payload the assistant reads a shared position from. */
    private static String location(JsonNode location) {
        GeoPoint point;
        try {
            point = new GeoPoint(number(location.path("latitude"), "/message/location/latitude"),
                    number(location.path("longitude"), "/message/location/longitude"));
        } catch (IllegalArgumentException outOfRange) {
            throw invalid("/message/location", outOfRange.getMessage());
        }
        return LOCATION_PAYLOAD + BigDecimal.valueOf(point.latitude()).toPlainString() + ","
                + BigDecimal.valueOf(point.longitude()).toPlainString();
    }

    private static TelegramUpdate nothing(long updateId) {
        return new TelegramUpdate(updateId, null, null, null, null, null, null);
    }

    private static long integer(JsonNode value, String pointer) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(pointer, pointer.substring(1).replace('/', '.') + " must be an integer");
        }
        return value.longValue();
    }

    private static double number(JsonNode value, String pointer) {
        if (!value.isNumber()) {
            throw invalid(pointer, pointer.substring(1).replace('/', '.') + " must be a number");
        }
        return value.doubleValue();
    }

    private static RequestRefused invalid(String pointer, String detail) {
        return new RequestRefused(RequestRefused.Reason.INVALID, "invalid-telegram-update", "Invalid Telegram update",
                "not a Telegram update Sportello can read: " + detail, List.of(new Violation(pointer, null, detail, null, null)));
    }
}
