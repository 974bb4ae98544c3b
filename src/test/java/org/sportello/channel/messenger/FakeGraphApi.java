package org.sportello.channel.messenger;

import org.sportello.testing.MockServers;
import java.io.IOException;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meta's Send API on a local port, as /work/shared/protocols/messenger.md describes it: every call
 * is recorded with the status it got; a call is accepted with {@code {"recipient_id", "message_id"}}
 * unless a test scripted other answers for its recipient.
 */
final class FakeGraphApi extends Dispatcher {

    static final String VERSION_PATH = "/v21.0";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One call of the Send API and what it was answered. */
    record Call(String path, String accessToken, JsonNode body, int status) {

        String recipient() {
            return body.path("recipient").path("id").asString();
        }

        JsonNode message() {
            return body.path("message");
        }

        /** What the customer reads: the text, or a template's text. */
        String text() {
            JsonNode template = message().path("attachment").path("payload");
            return template.isObject() ? template.path("text").asString() : message().path("text").asString();
        }

        /** RESPONSE, or MESSAGE_TAG and its tag: "MESSAGE_TAG ACCOUNT_UPDATE". */
        String messagingType() {
            return (body.path("messaging_type").asString() + " " + body.path("tag").asString("")).strip();
        }

        /** The quick replies as "content_type title=payload". */
        List<String> quickReplies() {
            return message().path("quick_replies").valueStream().map(reply -> reply.path("content_type").asString() + " "
                    + reply.path("title").asString() + "=" + reply.path("payload").asString()).toList();
        }

        boolean accepted() {
            return status == 200;
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<MockResponse>> scripted = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();

    static FakeGraphApi start() {
        FakeGraphApi api = new FakeGraphApi();
        MockServers.start(api.server, api);
        return api;
    }

    /** Where the Graph API is, with its version: {@code sportello.messenger.graph-api-url}. */
    String url() {
        return "http://localhost:" + server.getPort() + VERSION_PATH;
    }

    /** The next calls for {@code psid} get these answers, in order; later ones are accepted again. */
    void answer(String psid, MockResponse... answers) {
        scripted.computeIfAbsent(psid, id -> new ConcurrentLinkedDeque<>()).addAll(List.of(answers));
    }

    /** Meta's error body: {@code {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}}. */
    static MockResponse error(int status, int code, Integer subcode, String message) {
        String body = "{\"error\": {\"message\": " + JSON.writeValueAsString(message) + ", \"type\": \"OAuthException\", \"code\": "
                + code + (subcode == null ? "" : ", \"error_subcode\": " + subcode) + ", \"fbtrace_id\": \"AbCdEf123\"}}";
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** Every call for {@code psid}, accepted or not, in the order they came. */
    List<Call> callsFor(String psid) {
        return calls.stream().filter(call -> call.recipient().equals(psid)).toList();
    }

    /** The messages {@code psid} was sent: the accepted calls. */
    List<Call> sentTo(String psid) {
        return callsFor(psid).stream().filter(Call::accepted).toList();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        JsonNode body = request.getBody() == null ? JSON.missingNode() : JSON.readTree(request.getBody().utf8());
        String psid = body.path("recipient").path("id").asString();
        Deque<MockResponse> next = scripted.get(psid);
        MockResponse answer = next == null || next.isEmpty() ? accepted(psid) : next.poll();
        calls.add(new Call(request.getUrl().encodedPath(), request.getUrl().queryParameter("access_token"), body, answer.getCode()));
        return answer;
    }

    private MockResponse accepted(String psid) {
        String body = "{\"recipient_id\": " + JSON.writeValueAsString(psid) + ", \"message_id\": \"m_out_" + sent.incrementAndGet() + "\"}";
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }
}
