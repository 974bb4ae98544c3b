package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.shared.Digests;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * With API clients configured, the transaction and order APIs answer only their bearer tokens, each
 * client only its own API, and a merchant only in its own name and for its own orders. A call from
 * this machine without a token is refused too: the demo's tokenless calls end once a client exists.
 */
@SportelloIntegrationTest
@TestPropertySource(properties = {
        "sportello.api.clients[0].name=core-banking",
        "sportello.api.clients[0].token-sha256=" + ApiClientsAuthenticationTest.FEED_SHA256,
        "sportello.api.clients[0].role=BANK_FEED",
        "sportello.api.clients[1].name=libreria-dante",
        "sportello.api.clients[1].token-sha256=" + ApiClientsAuthenticationTest.LIBRERIA_SHA256,
        "sportello.api.clients[1].role=MERCHANT",
        "sportello.api.clients[1].merchant-name=Libreria Dante",
        "sportello.api.clients[2].name=ottica-milano",
        "sportello.api.clients[2].token-sha256=" + ApiClientsAuthenticationTest.OTTICA_SHA256,
        "sportello.api.clients[2].role=MERCHANT",
        "sportello.api.clients[2].merchant-name=Ottica Milano"
})
class ApiClientsAuthenticationTest {

    static final String FEED = "feed-token-for-tests";
    static final String FEED_SHA256 = "ef5bcf7a8734ef727e927d3f192e2dfaeafd4907cdbc9aca40d535664ee96640";
    static final String LIBRERIA = "libreria-token-for-tests";
    static final String LIBRERIA_SHA256 = "32f01ce9dd97fadb9e8279cbff2a50780fc47959d8386e34adc39396f24bb035";
    static final String OTTICA = "ottica-token-for-tests";
    static final String OTTICA_SHA256 = "89bd4c177ee4b97dd18f1cab050283d81824da12cda4e22e3f98384c77e69fb7";
    static final String GIULIA_IBAN = "IT60X0542811101000000123456";

    @LocalServerPort
    int port;

    HttpTestClient http;
    String orderId;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
        orderId = "LD-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theConfiguredHashesAreTheTokensSha256() {
        assertThat(Digests.sha256Hex(FEED)).isEqualTo(FEED_SHA256);
        assertThat(Digests.sha256Hex(LIBRERIA)).isEqualTo(LIBRERIA_SHA256);
        assertThat(Digests.sha256Hex(OTTICA)).isEqualTo(OTTICA_SHA256);
    }

    @Test
    void aCallWithoutATokenIsRefusedEvenFromThisMachine() {
        Response refused = http.postJson("/api/v1/transactions", transaction());
        refused.assertProblem(401, "api-unauthenticated", "this API needs the bearer token of an API client: Authorization: Bearer TOKEN");
        Response order = http.postJson("/api/v1/orders", order("Libreria Dante"));
        order.assertProblem(401, "api-unauthenticated", "this API needs the bearer token of an API client: Authorization: Bearer TOKEN");
    }

    @Test
    void anUnknownTokenOrOtherCredentialsAreRefused() {
        call(FEED + "x", "/api/v1/transactions", transaction()).assertProblem(401, "api-token-unknown",
                "this token belongs to no API client of this node (sportello.api.clients): check it, or ask the bank for a new one");
        Response basic = http.send(HttpRequest.newBuilder(http.uri("/api/v1/transactions")).header("Content-Type", "application/json")
                .header("Authorization", "Basic b3BlcmF0b3I6c2VjcmV0").POST(HttpRequest.BodyPublishers.ofString(transaction())).build());
        basic.assertProblem(401, "api-unauthenticated", "this API takes a bearer token (Authorization: Bearer TOKEN), not other credentials");
    }

    @Test
    void theBankBooksAndAMerchantMayNot() {
        Response booked = call(FEED, "/api/v1/transactions", transaction());
        assertThat(booked.status()).as(booked.body()).isEqualTo(200);
        assertThat(booked.json().get("booked").asInt()).isEqualTo(1);

        call(LIBRERIA, "/api/v1/transactions", transaction()).assertProblem(403, "api-forbidden",
                "only the bank's API clients (role BANK_FEED) book transactions");
        call(FEED, "/api/v1/orders", order("Libreria Dante")).assertProblem(403, "api-forbidden",
                "only merchants' API clients (role MERCHANT) report orders");
    }

    @Test
    void aMerchantPlacesAndUpdatesOnlyItsOwnOrdersInItsOwnName() {
        Response placed = call(LIBRERIA, "/api/v1/orders", order("Libreria Dante"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);

        call(LIBRERIA, "/api/v1/orders", order("Amazon").replace(orderId, orderId + "-2")).assertProblem(403, "order-other-merchant",
                "API client libreria-dante reports orders of Libreria Dante only, and this order names Amazon; nothing was stored");
        String shipment = """
                {"carrier": "BRT", "trackingNumber": "BRT123456789"}""";
        call(OTTICA, "/api/v1/orders/" + orderId + "/shipment", shipment).assertProblem(404, "unknown-order",
                "no order " + orderId + "; place it first with POST /api/v1/orders");
        call(OTTICA, "/api/v1/orders", order("Ottica Milano")).assertProblem(409, "order-id-taken",
                "order id " + orderId + " is taken by an order this client did not place; use ids unique to your shop, such as with its"
                        + " own prefix");

        Response shipped = call(LIBRERIA, "/api/v1/orders/" + orderId + "/shipment", shipment);
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(shipped.json().get("status").asString()).isEqualTo("SHIPPED");
        assertThat(call(LIBRERIA, "/api/v1/orders", order("Libreria Dante")).status()).as("the same order again").isEqualTo(200);
    }

    private Response call(String token, String path, String json) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String transaction() {
        return """
                {"transactions": [{"id": "AUTH-%s", "account": "%s", "amount": "12.00", "currency": "EUR", "direction": "DEBIT",
                  "bookedAt": "2026-11-18T10:14:31+01:00", "card": "4821",
                  "merchant": {"name": "Bar Brera", "mcc": "5814", "city": "Milano"}}]}""".formatted(UUID.randomUUID(), GIULIA_IBAN);
    }

    private String order(String merchant) {
        return """
                {"orderId": "%s", "account": "%s", "card": {"brand": "VISA", "last4": "4821"},
                 "merchant": {"name": "%s"}, "recipientName": "Giulia Rossi", "currency": "EUR",
                 "items": [{"title": "Il nome della rosa", "quantity": 1, "price": "14.00"}],
                 "subtotal": "14.00", "shipping": "0.00", "tax": "0.00", "total": "14.00",
                 "placedAt": "2026-11-18T10:20:00+01:00"}""".formatted(orderId, GIULIA_IBAN, merchant);
    }
}
