package org.sportello.channel.messenger;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sportello.assistant.CustomerSaid;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * What the Messenger tests share: the application configured for a Page whose Send API is
 * {@link FakeGraphApi} on a local port, and a way to post signed webhooks. Subclasses carry the same
 * configuration, so they share one running application (and one fake).
 */
@TestPropertySource(properties = {
        "sportello.messenger.app-secret=" + MessengerChannelTest.APP_SECRET,
        "sportello.messenger.verify-token=" + MessengerChannelTest.VERIFY_TOKEN,
        "sportello.messenger.page-access-token=" + MessengerChannelTest.PAGE_TOKEN,
        "sportello.messenger.page-id=" + PageEvents.PAGE_ID,
        "sportello.messenger.read-timeout=1s",
        "sportello.delivery.retry-first=50ms",
        "sportello.delivery.retry-max=200ms"
})
abstract class MessengerChannelTest {

    static final String APP_SECRET = "test-app-secret";
    static final String VERIFY_TOKEN = "test-verify-token";
    static final String PAGE_TOKEN = "test-page-access-token";
    static final String WEBHOOK = "/webhooks/messenger";

    static final FakeGraphApi GRAPH = FakeGraphApi.start();

    /** Every CustomerSaid the running application published, whichever test caused it. */
    private static final List<CustomerSaid> SAID = new CopyOnWriteArrayList<>();
    private static final Set<ApplicationContext> LISTENING = ConcurrentHashMap.newKeySet();

    @DynamicPropertySource
    static void graphApi(DynamicPropertyRegistry registry) {
        registry.add("sportello.messenger.graph-api-url", GRAPH::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    HttpTestClient http;

    @BeforeEach
    void openClient() {
        http = new HttpTestClient(port);
    }

    /** Listens to what the platform inbox hands to the assistant, once per running application. */
    @BeforeEach
    void listenToTheInbox() {
        if (LISTENING.add(context)) {
            context.addApplicationListener(event -> {
                if (event instanceof PayloadApplicationEvent<?> published && published.getPayload() instanceof CustomerSaid said) {
                    SAID.add(said);
                }
            });
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A Page-scoped id nobody else in the tests uses. */
    static String newPsid() {
        return "psid-" + UUID.randomUUID();
    }

    static String newMid() {
        return "m_" + UUID.randomUUID();
    }

    Instant now() {
        return clock.instant();
    }

    /** Posts {@code body} signed as Meta signs it. */
    Response post(String body) {
        return postSigned(signature(APP_SECRET, body), body);
    }

    /** Posts {@code body} with this X-Hub-Signature-256, or none when null. */
    Response postSigned(String signature, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(WEBHOOK)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return http.send(request.build());
    }

    static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code psid} was sent {@code count} messages; returns them. */
    List<FakeGraphApi.Call> awaitSent(String psid, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> GRAPH.sentTo(psid), sent -> sent.size() >= count);
    }

    /** What the assistant was told {@code psid} said: "id | text | payload", in the order it was told. */
    static List<String> said(String psid) {
        return SAID.stream().filter(said -> said.from().userId().equals(psid))
                .map(said -> said.messageId() + " | " + said.text() + " | " + said.payload()).toList();
    }

    long outboxRowsFor(String psid) {
        return jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE channel = 'MESSENGER' AND chat_user_id = :psid")
                .param("psid", psid).query(Long.class).single();
    }

    boolean received(String mid) {
        return jdbc.sql("SELECT COUNT(*) FROM channel_inbound WHERE message_id = :id").param("id", "messenger:" + mid)
                .query(Long.class).single() == 1;
    }
}
