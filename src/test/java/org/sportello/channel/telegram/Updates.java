package org.sportello.channel.telegram;

/** Updates as Telegram's webhook sends them, in the shapes of the Bot API's documentation. */
final class Updates {

    private Updates() {
    }

    static String text(long updateId, long chatId, String text) {
        return """
                {"update_id": %d,
                 "message": {"message_id": 41, "date": 1763456400, "text": "%s",
                   "from": {"id": %d, "is_bot": false, "first_name": "Giulia", "language_code": "it"},
                   "chat": {"id": %d, "type": "private", "first_name": "Giulia"}}}""".formatted(updateId, text, chatId, chatId);
    }

    static String callback(long updateId, long chatId, String queryId, String data) {
        return """
                {"update_id": %d,
                 "callback_query": {"id": "%s", "data": "%s", "chat_instance": "ci-1",
                   "from": {"id": %d, "is_bot": false, "first_name": "Giulia"},
                   "message": {"message_id": 42, "date": 1763456401, "chat": {"id": %d, "type": "private"},
                     "text": "Ciao Giulia!",
                     "reply_markup": {"inline_keyboard": [[{"text": "Saldo", "callback_data": "INTENT:balance"}],
                       [{"text": "Ultimi movimenti", "callback_data": "INTENT:transactions_recent"}]]}}}}"""
                .formatted(updateId, queryId, data, chatId, chatId);
    }

    static String location(long updateId, long chatId, String latitude, String longitude) {
        return """
                {"update_id": %d,
                 "message": {"message_id": 43, "date": 1763456402, "location": {"latitude": %s, "longitude": %s},
                   "from": {"id": %d, "is_bot": false, "first_name": "Giulia"}, "chat": {"id": %d, "type": "private"}}}"""
                .formatted(updateId, latitude, longitude, chatId, chatId);
    }
}
