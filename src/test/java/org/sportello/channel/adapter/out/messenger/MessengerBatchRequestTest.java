package org.sportello.channel.adapter.out.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.channel.adapter.out.PublicAddress;
import org.sportello.notify.PlatformSender.Delivery;
import org.sportello.notify.PlatformSender.Outbound;
import org.sportello.notify.PlatformSender.SendResult;
import org.sportello.notify.Purpose;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Several messages in one of Meta's batch requests, each call answered on its own. */
class MessengerBatchRequestTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    MockWebServer graph;
    MessengerPlatformSender sender;

    @BeforeEach
    void start() throws Exception {
        graph = new MockWebServer();
        graph.start();
        MessengerProperties properties = new MessengerProperties("secret", "page-token", "verify", "page-1",
                "http://localhost:" + graph.getPort() + "/v21.0", Duration.ofSeconds(2), Duration.ofSeconds(2));
        sender = new MessengerPlatformSender(properties, null, JSON, Clock.fixed(Instant.parse("2026-11-18T09:30:00Z"), ZoneOffset.UTC),
                new PublicAddress("https://chat.bank.example/"));
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    static Outbound text(String psid, String text) {
        return new Outbound("id-" + psid, new ChatAddress(Channel.MESSENGER, psid), Language.IT, Purpose.NOTIFICATION, text, List.of(),
                Delivery.RESPONSE, null);
    }

    @Test
    void threeMessagesGoInOneRequestAndEachCallIsClassifiedOnItsOwn() throws Exception {
        graph.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("""
                [{"code": 200, "body": "{\\"recipient_id\\":\\"p1\\",\\"message_id\\":\\"m_1\\"}"},
                 {"code": 400, "body": "{\\"error\\":{\\"message\\":\\"This person isn't available right now.\\",\\"code\\":551,\\"error_subcode\\":1545041}}"},
                 null]""").build());

        List<SendResult> results = sender.sendAll(List.of(text("p1", "uno"), text("p2", "due"), text("p3", "tre")));

        assertThat(results.get(0)).isEqualTo(new SendResult.Sent("m_1"));
        assertThat(results.get(1)).isInstanceOf(SendResult.Permanent.class);
        assertThat(((SendResult.Permanent) results.get(1)).reason()).contains("551");
        assertThat(results.get(2)).isEqualTo(new SendResult.Retry("Meta did not run this call of the batch", null));

        RecordedRequest request = graph.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v21.0/");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        String form = request.getBody().utf8();
        assertThat(form).startsWith("access_token=page-token&batch=");
        JsonNode batch = JSON.readTree(URLDecoder.decode(form.substring(form.indexOf("&batch=") + 7), StandardCharsets.UTF_8));
        assertThat(batch.size()).isEqualTo(3);
        assertThat(batch.get(1).get("method").asString()).isEqualTo("POST");
        assertThat(batch.get(1).get("relative_url").asString()).isEqualTo("page-1/messages");
        String call = URLDecoder.decode(batch.get(1).get("body").asString(), StandardCharsets.UTF_8);
        assertThat(call).isEqualTo("recipient={\"id\":\"p2\"}&messaging_type=RESPONSE&message={\"text\":\"due\"}");
    }

    @Test
    void aFailedRequestRetriesEveryMessageInIt() {
        graph.enqueue(new MockResponse.Builder().code(503).body("{\"error\":{\"message\":\"down\",\"code\":2}}").build());

        List<SendResult> results = sender.sendAll(List.of(text("p1", "uno"), text("p2", "due")));

        assertThat(results).hasSize(2).allMatch(result -> result instanceof SendResult.Retry);
        assertThat(results.get(0)).isEqualTo(results.get(1));
    }

    @Test
    void aSingleMessageUsesThePlainSendApi() throws Exception {
        graph.enqueue(new MockResponse.Builder().code(200).body("{\"recipient_id\":\"p1\",\"message_id\":\"m_9\"}").build());

        assertThat(sender.sendAll(List.of(text("p1", "uno")))).containsExactly(new SendResult.Sent("m_9"));
        assertThat(graph.takeRequest().getUrl().encodedPath()).isEqualTo("/v21.0/page-1/messages");
    }
}
