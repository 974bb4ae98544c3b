package org.sportello.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sportello.assistant.application.Charts;
import org.sportello.assistant.domain.chart.ChartEntry;
import org.sportello.assistant.domain.chart.SpendingChart;
import org.sportello.shared.Language;
import org.sportello.shared.Money;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/v1/images/{id}.png: the kept PNG to whoever has the id, without signing in, for a day. */
@SportelloIntegrationTest
class PictureEndpointTest {

    @LocalServerPort
    int port;

    @Autowired
    Pictures pictures;

    @Autowired
    Charts charts;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    byte[] chart() {
        return charts.spending(new SpendingChart("Spese di ottobre", List.of(new ChartEntry("Spesa", Money.eur("412.35")),
                new ChartEntry("Bar", Money.eur("86.00"))), Language.IT));
    }

    HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        HttpTestClient http = new HttpTestClient(port);
        return http.client().send(HttpRequest.newBuilder(http.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesTheKeptPngWithItsHeadersToAnyone() throws Exception {
        byte[] png = chart();
        Picture picture = pictures.keep(png, "Spese di ottobre: spesa 412,35 €, bar 86,00 €.");

        HttpResponse<byte[]> answer = fetch(picture.path());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("max-age=86400, private");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().allValues("Pragma")).isEmpty();
        assertThat(answer.body()).isEqualTo(png);
    }

    @Test
    void anUnknownOrExpiredPictureIsAProblem() throws Exception {
        Picture picture = pictures.keep(chart(), "Spese di ottobre");
        clock.advance(Duration.ofHours(24));

        for (String path : new String[] {picture.path(), "/api/v1/images/never-made.png"}) {
            Response answer = new HttpTestClient(port).get(path);

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.json().get("type").asString()).isEqualTo("/problems/unknown-image");
            assertThat(answer.json().get("title").asString()).isEqualTo("Unknown image");
            assertThat(answer.json().get("detail").asString()).isEqualTo("no image has this id: pictures are kept 24 hours after"
                    + " they are made, then the chat shows their description");
            assertThat(answer.json().get("instance").asString()).isEqualTo(path);
        }
    }
}
