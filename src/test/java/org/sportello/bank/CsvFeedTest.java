package org.sportello.bank;

import org.sportello.testing.TestGrant;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Money;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A bank's CSV export through its column mapping: decimal commas, day-first dates, Dare/Avere columns. */
@SportelloIntegrationTest
class CsvFeedTest {

    static final CustomerId GIULIA = new CustomerId("giulia.rossi");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    HttpTestClient http;
    String run;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        run = UUID.randomUUID().toString().substring(0, 6);
    }

    static String resource(String name) {
        try (InputStream in = CsvFeedTest.class.getResourceAsStream("/bank/csv/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> mapping() {
        Properties properties = new Properties();
        try (InputStream in = CsvFeedTest.class.getResourceAsStream("/bank/csv/movimenti-giulia.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> mapping = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> mapping.put(key, properties.getProperty(key)));
        return mapping;
    }

    Response post(String csv, Map<String, String> mapping) {
        return http.post("/api/v1/transactions?" + query(mapping), "text/csv; charset=UTF-8",
                HttpRequest.BodyPublishers.ofString(csv.replace("CSV-", "CSV-" + run + "-")));
    }

    static String query(Map<String, String> mapping) {
        return mapping.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Test
    void booksAnItalianExportThroughItsMapping() {
        Money before = accounts.accountsOf(TestGrant.balances(GIULIA)).get(0).balance();

        Response response = post(resource("movimenti-giulia.csv"), mapping());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("format").asString()).isEqualTo("csv");
        assertThat(body.get("booked").asInt()).isEqualTo(3);
        assertThat(body.get("items").get(0).get("id").asString()).isEqualTo("CSV-" + run + "-20261103-01");
        assertThat(accounts.accountsOf(TestGrant.balances(GIULIA)).get(0).balance())
                .isEqualTo(before.minus(Money.eur("1234.56")).plus(Money.eur("45.00")).minus(Money.eur("87.30")));
        assertThat(post(resource("movimenti-giulia.csv"), mapping()).json().get("duplicates").asInt()).isEqualTo(3);
    }

    @Test
    void namesTheLineAndColumnOfEveryBadValue() {
        String broken = resource("movimenti-giulia.csv")
                .replace("\"1.234,56\"", "\"12,5x\"")
                .replace("10/11/2026;11/11/2026", "31/13/2026;11/11/2026");

        Response response = post(broken, mapping());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/invalid-csv");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("detail").asString()))
                .containsExactly(
                        "line 4, column \"Dare/Avere\": '12,5x' is not an amount written with decimal separator ','",
                        "line 6, column \"Data contabile\": '31/13/2026' is not a date in the pattern given by date-format");
    }

    @Test
    void refusesAMappingThatNamesAMissingColumn() {
        Map<String, String> mapping = mapping();
        mapping.put("column.description", "Causale");

        Response response = post(resource("movimenti-giulia.csv"), mapping);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("detail").asString()).isEqualTo("line 3: column \"Causale\""
                + " (column.description) is not in the header; the header has [Riferimento, Data contabile, Data valuta,"
                + " Descrizione, Dare, Avere, Esercente, MCC]");
    }

    @Test
    void refusesAnIncompleteMappingNamingEachKey() {
        Response response = post("a;b\n1;2\n", Map.of("column.id", "a", "delimiter", ";", "colum.amount", "b"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/invalid-csv-mapping");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString() + ": " + e.get("detail").asString()))
                .containsExactlyInAnyOrder(
                        "colum.amount: unknown option; options are column.FIELD=HEADER and [account, currency, date-format,"
                                + " decimal-separator, delimiter, encoding, skip-lines, time-zone]",
                        "column.bookedAt: required: the column with the booking date",
                        "account: required: column.account=HEADER, or account=IBAN when the whole file is one account",
                        "currency: required: column.currency=HEADER, or currency=EUR when the whole file is in one currency",
                        "column.amount: required: either column.amount (signed, or with column.direction) or column.debit and"
                                + " column.credit, not both");
    }

    @Test
    void refusesBytesThatAreNotInTheDeclaredEncoding() {
        byte[] latin1 = resource("movimenti-giulia.csv").replace("CARTA", "CARTÀ").getBytes(StandardCharsets.ISO_8859_1);

        Response response = http.post("/api/v1/transactions?" + query(mapping()), "text/csv; charset=UTF-8",
                HttpRequest.BodyPublishers.ofByteArray(latin1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo("request body line 4: bytes that are not valid UTF-8;"
                + " set encoding= to the file's encoding (e.g. windows-1252)");
    }
}
