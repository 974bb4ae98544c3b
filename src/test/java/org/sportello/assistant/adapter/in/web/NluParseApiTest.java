package org.sportello.assistant.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/nlu/parse: a message read as the assistant reads it, relative dates from a given moment. */
@SportelloIntegrationTest
class NluParseApiTest {

    static final String PATH = "/api/v1/nlu/parse";

    @LocalServerPort
    int port;

    HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    @Test
    void readsLanguageIntentAndEntitiesWithOffsets() {
        Response response = http.postJson(PATH, """
                {"text": "quanto ho speso al supermercato a ottobre?", "now": "2026-11-29T10:00:00Z", "timezone": "Europe/Rome"}""");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode parsed = response.json();
        assertThat(parsed.get("language").asString()).isEqualTo("it");
        assertThat(parsed.get("intent").get("name").asString()).isEqualTo("spending");
        assertThat(parsed.get("intent").get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(parsed.get("entities").toString()).isEqualTo("[{\"type\":\"category\",\"value\":\"FOOD_AND_DRINK_GROCERIES\","
                + "\"text\":\"supermercato\",\"start\":19,\"end\":31},{\"type\":\"period\",\"value\":{\"from\":\"2026-10-01\","
                + "\"to\":\"2026-11-01\"},\"text\":\"a ottobre\",\"start\":32,\"end\":41}]");
    }

    @Test
    void relativeDatesResolveInTheGivenTimeZoneAndAmountsKeepTheirCurrency() {
        // 23:30 in New York on 1 March is already 2 March in Rome: "yesterday" depends on the zone asked for.
        Response response = http.postJson(PATH, """
                {"text": "send $15 to Anna for yesterday's lunch", "now": "2026-03-02T04:30:00Z", "timezone": "America/New_York"}""");

        JsonNode parsed = response.json();
        assertThat(parsed.get("language").asString()).isEqualTo("en");
        assertThat(parsed.get("intent").get("name").asString()).isEqualTo("transfer_money");
        assertThat(parsed.get("entities").toString()).contains("{\"type\":\"amount\",\"value\":{\"value\":\"15.00\",\"currency\":\"USD\"},"
                + "\"text\":\"$15\",\"start\":5,\"end\":8}");
        assertThat(parsed.get("entities").toString()).contains("{\"from\":\"2026-02-28\",\"to\":\"2026-03-01\"}");
    }

    @Test
    void aPlaceNamedIsResolvedOfflineByTheGazetteer() {
        JsonNode parsed = http.postJson(PATH, "{\"text\": \"atm near Gare de Lyon?\"}").json();

        assertThat(parsed.get("intent").get("name").asString()).isEqualTo("atm_nearby");
        assertThat(parsed.get("entities").toString()).isEqualTo("[{\"type\":\"category\",\"value\":\"TRANSFER_OUT_WITHDRAWAL\","
                + "\"text\":\"atm\",\"start\":0,\"end\":3},{\"type\":\"place\",\"value\":{\"name\":\"Gare de Lyon\","
                + "\"latitude\":48.8443,\"longitude\":2.3744},\"text\":\"Gare de Lyon\",\"start\":9,\"end\":21}]");
    }

    @Test
    void withoutNowItReadsAgainstTheServersClock() {
        JsonNode parsed = http.postJson(PATH, "{\"text\": \"how much did I spend last month?\"}").json();

        assertThat(parsed.get("entities").get(0).get("value").toString()).isEqualTo("{\"from\":\"2026-10-01\",\"to\":\"2026-11-01\"}");
    }

    @Test
    void refusesMissingTextAndBadTimesNamingEachField() {
        Response response = http.postJson(PATH, "{\"text\": \"  \", \"now\": \"yesterday\", \"timezone\": \"Mars/Olympus\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("title").asString()).isEqualTo("The parse request is not valid");
        assertThat(problem.get("errors").toString())
                .contains("\"pointer\":\"/text\"", "required: the message, a non-empty string")
                .contains("\"pointer\":\"/now\"", "an ISO-8601 instant such as 2026-11-29T10:00:00Z, got 'yesterday'")
                .contains("\"pointer\":\"/timezone\"", "an IANA time zone such as Europe/Rome, got 'Mars/Olympus'");
    }

    @Test
    void refusesATextLongerThanAnyPlatformSends() {
        Response response = http.postJson(PATH, "{\"text\": \"" + "a".repeat(2_001) + "\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").toString()).contains("at most 2000 characters, got 2001");
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        Response response = http.postJson(PATH, "[\"quanto ho speso\"]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asString()).isEqualTo("The request is not a JSON object");
    }

    @Test
    void refusesMalformedJson() {
        Response response = http.postJson(PATH, "{\"text\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
