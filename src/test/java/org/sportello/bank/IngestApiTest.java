package org.sportello.bank;

import org.sportello.testing.TestGrant;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
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

/** POST /api/v1/transactions on the running application: idempotent, all or nothing, clear errors. */
@SportelloIntegrationTest
class IngestApiTest {

    static final String MARCO_IBAN = "IT46C0542803401000000471209";
    static final CustomerId MARCO = new CustomerId("marco.esposito");
    static final String PATH = "/api/v1/transactions";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    HttpTestClient http;
    String run;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    Money balance() {
        return accounts.accountsOf(TestGrant.balances(MARCO)).get(0).balance();
    }

    String cardPayment(String id, String amount) {
        return """
                {"id": "%s", "account": "%s", "amount": "%s", "currency": "EUR", "direction": "DEBIT",
                 "bookedAt": "2026-11-18T10:14:31+01:00", "card": "1937",
                 "merchant": {"name": "Conad Vomero", "mcc": "5411", "city": "Napoli", "latitude": 40.8455, "longitude": 14.2297}}"""
                .formatted(id, MARCO_IBAN, amount);
    }

    String transferIn(String id, String amount) {
        return """
                {"id": "%s", "account": "%s", "amount": "%s", "currency": "EUR", "direction": "CREDIT",
                 "bookedAt": "2026-11-18T08:00:00Z", "counterparty": "Luca Bianchi", "description": "Cena di sabato"}"""
                .formatted(id, MARCO_IBAN, amount);
    }

    Response ingest(String... items) {
        return http.postJson(PATH, "{\"transactions\": [" + String.join(",", items) + "]}");
    }

    @Test
    void booksABatchAndUpdatesTheBalanceInOrder() {
        Money before = balance();
        Response response = ingest(cardPayment("T-" + run + "-1", "42.50"), transferIn("T-" + run + "-2", "100.00"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("booked").asInt()).isEqualTo(2);
        assertThat(body.get("duplicates").asInt()).isZero();
        assertThat(body.get("items").get(0).get("status").asString()).isEqualTo("BOOKED");
        assertThat(body.get("items").get(0).get("balanceAfter").get("value").asString())
                .isEqualTo(before.minus(Money.eur("42.50")).toDecimalString());
        assertThat(body.get("items").get(1).get("balanceAfter").get("value").asString())
                .isEqualTo(before.plus(Money.eur("57.50")).toDecimalString());
        assertThat(balance()).isEqualTo(before.plus(Money.eur("57.50")));
    }

    @Test
    void aResentBatchBooksNothingTwiceAndSaysSoPerItem() {
        String first = cardPayment("T-" + run + "-1", "10.00");
        String second = transferIn("T-" + run + "-2", "20.00");
        JsonNode booked = ingest(first, second).json();
        Money afterFirst = balance();

        Response resent = ingest(first, second);

        assertThat(resent.status()).isEqualTo(200);
        JsonNode body = resent.json();
        assertThat(body.get("booked").asInt()).isZero();
        assertThat(body.get("duplicates").asInt()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(body.get("items").get(i).get("status").asString()).isEqualTo("DUPLICATE");
            assertThat(body.get("items").get(i).get("transactionId").asString())
                    .isEqualTo(booked.get("items").get(i).get("transactionId").asString());
        }
        assertThat(balance()).isEqualTo(afterFirst);
    }

    @Test
    void theSameIdTwiceInOneBatchIsBookedOnce() {
        Money before = balance();
        String payment = cardPayment("T-" + run + "-1", "5.00");

        JsonNode body = ingest(payment, payment).json();

        assertThat(body.get("booked").asInt()).isEqualTo(1);
        assertThat(body.get("items").get(1).get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(balance()).isEqualTo(before.minus(Money.eur("5.00")));
    }

    @Test
    void refusesAResentIdWithDifferentContent() {
        ingest(cardPayment("T-" + run + "-1", "10.00"));
        Money before = balance();

        Response response = ingest(cardPayment("T-" + run + "-1", "11.00"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("item").asInt()).isZero();
        assertThat(error.get("field").asString()).isEqualTo("id");
        assertThat(error.get("detail").asString())
                .isEqualTo("transaction T-" + run + "-1 was booked before with different content; a new transaction needs a new id");
        assertThat(balance()).isEqualTo(before);
    }

    @Test
    void oneInvalidItemRefusesTheWholeBatchAndNamesIt() {
        Money before = balance();
        String valid = cardPayment("T-" + run + "-1", "7.00");
        String unknownAccount = cardPayment("T-" + run + "-2", "8.00").replace(MARCO_IBAN, "DE89370400440532013000");

        Response response = ingest(valid, unknownAccount);

        assertThat(response.status()).isEqualTo(422);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-transactions");
        assertThat(problem.get("detail").asString()).isEqualTo("1 of 2 transactions cannot be booked; nothing was booked");
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("item").asInt()).isEqualTo(1);
        assertThat(error.get("id").asString()).isEqualTo("T-" + run + "-2");
        assertThat(error.get("pointer").asString()).isEqualTo("/transactions/1/account");
        assertThat(error.get("detail").asString())
                .isEqualTo("no account with IBAN DE89 •••• 3000 at this bank; check the IBAN or open the account first");
        assertThat(balance()).isEqualTo(before);
        // Nothing of the refused batch was written: the valid item books now, for the first time.
        assertThat(ingest(valid).json().get("items").get(0).get("status").asString()).isEqualTo("BOOKED");
    }

    @Test
    void namesEveryFieldAtFault() {
        Response response = ingest("""
                {"id": "T-%s-1", "account": "%s", "amount": "4x", "currency": "eur", "direction": "OUT",
                 "bookedAt": "2026-11-18", "card": "4111 1111 1111 1111", "ammount": "1"}""".formatted(run, MARCO_IBAN));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").asString()).isEqualTo("1 of 1 transactions are invalid; nothing was booked");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString() + ": " + e.get("detail").asString()))
                .containsExactlyInAnyOrder(
                        "ammount: unknown field; known fields are [account, amount, bookedAt, card, counterparty,"
                                + " counterpartyIban, currency, description, direction, endToEndId, exchangeRate, id, kind,"
                                + " merchant, originalAmount, originalCurrency, reversal, reverses, status, valueDate]",
                        "currency: must be an ISO 4217 code in capitals such as EUR, got 'eur'",
                        "amount: must be a decimal with a dot such as \"1250.00\", got '4x'",
                        "direction: must be DEBIT (money leaves the account) or CREDIT (money arrives), got 'OUT'",
                        "bookedAt: must be an ISO-8601 date-time with offset such as \"2026-11-18T10:14:31+01:00\", got '2026-11-18'",
                        "card: send only the last 4 digits of the card; full card numbers are never accepted");
        assertThat(response.body()).doesNotContain("4111 1111 1111 1111");
    }

    @Test
    void refusesMalformedJsonWithLineAndColumn() {
        Response response = http.postJson(PATH, "{\"transactions\": [\n  {\"id\": }\n]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString())
                .startsWith("malformed JSON at line 2, column 10: Unexpected character ('}' (code 125)): expected a value");
    }

    @Test
    void refusesARepeatedFieldInsteadOfGuessing() {
        Response response = http.postJson(PATH, "{\"transactions\": [{\"id\": \"a\", \"id\": \"b\"}]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("Duplicate Object property \"id\"");
    }

    @Test
    void refusesAnOversizedBodyBeforeParsingIt() {
        byte[] body = new byte[16 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        Response response = http.post(PATH, "application/json", HttpRequest.BodyPublishers.ofByteArray(body));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("detail").asString())
                .isEqualTo("the request body is larger than 16777216 bytes; split it into smaller requests");
    }

    @Test
    void refusesOtherMediaTypes() {
        Response response = http.post(PATH, "application/pdf", HttpRequest.BodyPublishers.ofString("%PDF-1.7"));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void refusesAnEmptyBatch() {
        Response response = http.postJson(PATH, "{\"transactions\": []}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("detail").asString())
                .isEqualTo("must hold 1 to 10000 transactions, got 0; split larger batches");
    }
}
