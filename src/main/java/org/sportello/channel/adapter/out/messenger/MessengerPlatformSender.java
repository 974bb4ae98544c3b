package org.sportello.channel.adapter.out.messenger;

import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.JsonNode;
import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.channel.adapter.out.PlatformHttp;
import org.sportello.channel.adapter.out.PublicAddress;
import org.sportello.consent.Linking;
import org.sportello.notify.PlatformSender;
import org.sportello.shared.Channel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messenger's Send API: {@code POST {graph-api-url}/{page-id}/messages?access_token=...}, one
 * message per call, and Meta's answer classified for the outbox. Exists only when the Page's access
 * token is configured. Neither the token nor what a message says is ever logged: exceptions of the
 * HTTP client name the full address, token included, so only their kind is kept.
 */
@Component
@ConditionalOnProperty(prefix = "sportello.messenger", name = "page-access-token")
class MessengerPlatformSender implements PlatformSender {

    private static final Logger log = LoggerFactory.getLogger(MessengerPlatformSender.class);

    private final PlatformHttp http;
    private final RestClient sendApi;
    private final Linking linking;
    private final JsonMapper json;
    private final Clock clock;
    private final String page;
    private final String token;
    private final MessengerProperties properties;
    private final PublicAddress publicAddress;

    MessengerPlatformSender(MessengerProperties properties, Linking linking, JsonMapper json, Clock clock,
                            PublicAddress publicAddress) {
        this.token = MessengerProperties.required(properties.pageAccessToken(), "page-access-token");
        this.page = properties.page();
        this.properties = properties;
        this.linking = linking;
        this.json = json;
        this.clock = clock;
        this.publicAddress = publicAddress;
        this.http = new PlatformHttp("the Send API", properties.graphApiUrl(), properties.connectTimeout(), properties.readTimeout());
        this.sendApi = http.client();
    }

    @Override
    public Channel channel() {
        return Channel.MESSENGER;
    }

    @Override
    public SendResult send(Outbound message) {
        byte[] body = json.writeValueAsBytes(body(message));
        try {
            return sendApi.post()
                    .uri("/{page}/messages?access_token={token}", page, token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> SendApiAnswer.classify(response.getStatusCode().value(),
                            response.getHeaders().getFirst("Retry-After"), PlatformHttp.read(response.getBody()), json, clock.instant()));
        } catch (RestClientException failed) {
            String reason = http.unreachable(failed);
            log.debug("Messenger message {}: {}", message.messageId(), reason);
            return new SendResult.Retry(reason, null);
        }
    }

    /**
     * Several messages in one of Meta's batch requests (up to 50 Send API calls in one HTTP
     * request), each answered on its own: {@code POST {graph-api-url}/} with {@code access_token}
     * and {@code batch}, each call's parameters form-encoded in its {@code body}.
     */
    @Override
    public List<SendResult> sendAll(List<Outbound> messages) {
        if (messages.size() == 1) {
            return List.of(send(messages.get(0)));
        }
        ArrayNode batch = json.createArrayNode();
        for (Outbound message : messages) {
            ObjectNode call = body(message);
            StringBuilder form = new StringBuilder();
            for (Map.Entry<String, JsonNode> field : call.properties()) {
                if (form.length() > 0) {
                    form.append('&');
                }
                JsonNode value = field.getValue();
                form.append(field.getKey()).append('=')
                        .append(encode(value.isString() ? value.stringValue() : json.writeValueAsString(value)));
            }
            batch.addObject().put("method", "POST").put("relative_url", page + "/messages").put("body", form.toString());
        }
        String request = "access_token=" + encode(token) + "&batch=" + encode(json.writeValueAsString(batch));
        try {
            return sendApi.post()
                    .uri("/")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(request)
                    .exchange((http, response) -> answers(messages.size(), response.getStatusCode().value(),
                            response.getHeaders().getFirst("Retry-After"), PlatformHttp.read(response.getBody())));
        } catch (RestClientException failed) {
            SendResult retry = new SendResult.Retry(http.unreachable(failed), null);
            return messages.stream().map(message -> retry).toList();
        }
    }

    private ObjectNode body(Outbound message) {
        return SendApiRequest.body(message, () -> linking.startOnPlatform(message.to(), message.language()).bankUrl(),
                publicAddress::of);
    }

    /** One answer per call of a batch; a call Meta did not run (null) is tried again. */
    private List<SendResult> answers(int calls, int status, String retryAfter, byte[] body) {
        Instant now = clock.instant();
        if (status != 200) {
            SendResult whole = SendApiAnswer.classify(status, retryAfter, body, json, now);
            return java.util.Collections.nCopies(calls, whole);
        }
        JsonNode answers = json.readTree(body);
        List<SendResult> results = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            JsonNode answer = answers.path(i);
            if (answer.isMissingNode() || answer.isNull()) {
                results.add(new SendResult.Retry("Meta did not run this call of the batch", null));
            } else {
                results.add(SendApiAnswer.classify(answer.path("code").asInt(), null,
                        answer.path("body").asString("").getBytes(StandardCharsets.UTF_8), json, now));
            }
        }
        return results;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
