package org.sportello.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.Picture;
import org.sportello.notify.Pictures;
import org.sportello.notify.Purpose;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.testing.EventStream;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** A bot line with a chart: pushed and kept in the transcript with the picture's address and words, shown by the page. */
@SportelloIntegrationTest
class WebChatPictureTest {

    static final String ALT = "Spese di ottobre: spesa alimentare 412,35 €, ristoranti 86,00 €.";
    /** A 1×1 PNG: the web chat only passes the reference on. */
    static final byte[] PNG = org.sportello.testing.TestPictures.onePixelPng();

    @LocalServerPort
    int port;

    @Autowired
    Pictures pictures;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestClock clock;

    EventStream stream;

    @AfterEach
    void close() {
        if (stream != null) {
            stream.close();
        }
    }

    @Test
    void aLineWithAPictureCarriesItsAddressAndDescription() {
        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.get("/api/v1/webchat/session?lang=it").status()).isEqualTo(200);
        String chatUser = browser.cookie("sportello_chat");
        stream = new EventStream(browser, "/api/v1/webchat/stream?after=0");
        Picture chart = pictures.keep(PNG, ALT);
        String id = "reply:chart-" + chatUser.substring(0, 8);

        transaction.executeWithoutResult(status -> events.publishEvent(new MessageToSend(id, ChatAddress.web(chatUser), Language.IT,
                Purpose.REPLY, "Ecco dove sono andati i tuoi soldi a ottobre.", List.of(), clock.instant()).withPicture(chart)));

        JsonNode pushed = await().atMost(Duration.ofSeconds(5)).until(() -> stream.messages().stream()
                .filter(message -> message.get("id").asString().equals(id)).findFirst().orElse(null), message -> message != null);
        String url = "/api/v1/images/" + chart.id() + ".png";
        assertThat(picture(pushed)).containsExactly(url, ALT);
        assertThat(pushed.get("text").asString()).isEqualTo("Ecco dove sono andati i tuoi soldi a ottobre.");
        JsonNode stored = lineWithId(browser.get("/api/v1/webchat/messages?after=0"), id);
        assertThat(picture(stored)).containsExactly(url, ALT);
        assertThat(browser.get(url).status()).isEqualTo(200);
    }

    /** The line's picture as [url, alt]. */
    static List<String> picture(JsonNode line) {
        return List.of(line.path("picture").path("url").asString(), line.path("picture").path("alt").asString());
    }

    @Test
    void aLineWithoutAPictureHasNone() {
        HttpTestClient browser = new HttpTestClient(port);
        browser.get("/api/v1/webchat/session?lang=it");

        JsonNode introduction = await().until(() -> browser.get("/api/v1/webchat/messages?after=0").json(), lines -> lines.size() > 0)
                .get(0);

        assertThat(introduction.has("picture")).isFalse();
    }

    @Test
    void theChatPagesPolicyLetsItShowPicturesFromThisNode() throws Exception {
        HttpTestClient http = new HttpTestClient(port);

        HttpResponse<Void> page = http.client().send(HttpRequest.newBuilder(http.uri("/chat.html")).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("img-src 'self'"));
    }

    private static JsonNode lineWithId(Response transcript, String id) {
        assertThat(transcript.status()).isEqualTo(200);
        for (JsonNode line : transcript.json()) {
            if (line.get("id").asString().equals(id)) {
                return line;
            }
        }
        throw new AssertionError("no line " + id + " in " + transcript.body());
    }
}
