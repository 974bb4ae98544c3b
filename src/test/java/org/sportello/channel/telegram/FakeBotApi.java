package org.sportello.channel.telegram;

import org.sportello.testing.MockServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram's Bot API on a local port, as docs/protocols/telegram.md describes it: records every
 * call and answers {@code {"ok": true, ...}}, unless a test scripted other answers for a chat.
 */
final class FakeBotApi extends Dispatcher {

    static final String TOKEN = "123456789:TEST-bot_token";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One call: the method ("sendMessage") and its JSON parameters. */
    record Call(String method, JsonNode parameters) {

        long chatId() {
            return parameters.path("chat_id").asLong();
        }

        String text() {
            return parameters.path("text").asString();
        }

        /** The inline keyboard's buttons, row after row. */
        List<JsonNode> buttons() {
            List<JsonNode> buttons = new ArrayList<>();
            parameters.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(buttons::add));
            return buttons;
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    /** Answers a test scripted, by chat id (messages) or callback query id (acknowledgements). */
    private final Map<String, Queue<MockResponse>> scripted = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1000);

    static FakeBotApi start() {
        FakeBotApi api = new FakeBotApi();
        MockServers.start(api.server, api);
        return api;
    }

    String url() {
        return "http://localhost:" + server.getPort();
    }

    /** The next messages to {@code chatId} get these answers, in order; then "ok" again. */
    void answer(long chatId, MockResponse... answers) {
        script(String.valueOf(chatId), answers);
    }

    /** The acknowledgement of {@code callbackQueryId} gets this answer. */
    void answerCallback(String callbackQueryId, MockResponse answer) {
        script(callbackQueryId, answer);
    }

    private void script(String key, MockResponse... answers) {
        scripted.computeIfAbsent(key, id -> new ConcurrentLinkedQueue<>()).addAll(List.of(answers));
    }

    static MockResponse refusal(int code, String description, String extra) {
        return json(code, "{\"ok\": false, \"error_code\": " + code + ", \"description\": \"" + description + "\"" + extra + "}");
    }

    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    List<Call> messagesTo(long chatId) {
        return calls("sendMessage").stream().filter(call -> call.chatId() == chatId).toList();
    }

    /** Every call for {@code chatId}, whatever its method, in the order they came. */
    List<Call> callsFor(long chatId) {
        return calls.stream().filter(call -> call.chatId() == chatId).toList();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String prefix = "/bot" + TOKEN + "/";
        String path = request.getUrl().encodedPath();
        if (!path.startsWith(prefix)) {
            return refusal(404, "Not Found", "");
        }
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        Call call = new Call(path.substring(prefix.length()), JSON.readTree(body));
        calls.add(call);
        Queue<MockResponse> answers = scripted.get(call.parameters().has("callback_query_id")
                ? call.parameters().get("callback_query_id").asString() : String.valueOf(call.chatId()));
        MockResponse answer = answers == null ? null : answers.poll();
        if (answer != null) {
            return answer;
        }
        String result = call.method().equals("sendMessage") || call.method().equals("sendPhoto")
                ? "{\"message_id\": " + messageIds.incrementAndGet() + ", \"date\": 1763456400, \"chat\": {\"id\": " + call.chatId()
                        + ", \"type\": \"private\"}, \"text\": \"...\"}"
                : "true";
        return json(200, "{\"ok\": true, \"result\": " + result + "}");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    void stop() {
        server.close();
    }
}
