package org.sportello.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * /api/v1/orders on the running application: a merchant's order becomes a receipt in the
 * customer's linked web chat, then shipped, delivered and refunded, each once, with clear refusals.
 */
@SportelloIntegrationTest
class OrderApiTest {

    static final String GIULIA_IBAN = "IT60X0542811101000000123456";
    static final String PATH = "/api/v1/orders";
    static final String RECEIPT = "🧾 Ricevuta Amazon, ordine %s: Cuffie wireless ×1 59,90\u00a0€; spedizione 4,90\u00a0€;"
            + " totale 64,80\u00a0€, pagato con Visa •••• 4821.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpTestClient giulia;
    String chatUser;
    String orderId;

    @BeforeEach
    void linkGiuliasWebChat() {
        giulia = new HttpTestClient(port);
        new BankLinking(giulia).link("it", "giulia.rossi");
        chatUser = giulia.cookie("sportello_chat");
        orderId = "ORD-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Giulia's order at Amazon, paid with her Visa •••• 4821; {@code total} as the merchant sends it. */
    static String order(String orderId, String cardLast4, String total) {
        return """
                {"orderId": "%s", "account": "%s", "card": {"brand": "VISA", "last4": "%s"},
                 "merchant": {"name": "Amazon"}, "recipientName": "Giulia Rossi", "currency": "EUR",
                 "items": [{"title": "Cuffie wireless", "quantity": 1, "price": "59.90"}],
                 "subtotal": "59.90", "shipping": "4.90", "tax": "0.00", "total": "%s",
                 "placedAt": "2026-11-18T10:20:00+01:00"}""".formatted(orderId, GIULIA_IBAN, cardLast4, total);
    }

    Response place(String body) {
        return giulia.postJson(PATH, body);
    }

    Response update(String what, String body) {
        return giulia.postJson(PATH + "/" + orderId + "/" + what, body);
    }

    /** What the web chat was told about purchases, oldest first. */
    List<String> postPurchase() {
        return jdbc.sql("SELECT text FROM webchat_message WHERE chat_user_id = :user AND purpose = 'POST_PURCHASE' ORDER BY seq")
                .param("user", chatUser).query(String.class).list();
    }

    void awaitListenersDone() {
        await().untilAsserted(() -> assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single()).isZero());
    }

    static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo(type);
    }

    /** A 422 of {@code type} whose errors, as "field pointer: detail", are exactly these. */
    static void assertInvalid(Response response, String type, String... errors) {
        assertProblem(response, 422, type);
        assertThat(response.json().get("errors").valueStream()
                .map(error -> error.get("field").asString() + " " + error.get("pointer").asString() + ": " + error.get("detail").asString()))
                .containsExactlyInAnyOrder(errors);
    }

    @Test
    void aPlacedOrderBringsItsReceiptOnceAndTheSameOrderAgainIsAnsweredWithTheStoredOne() {
        Response placed = place(order(orderId, "4821", "64.80"));

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.location()).isEqualTo(PATH + "/" + orderId);
        JsonNode body = placed.json();
        assertThat(body.get("status").asString()).isEqualTo("PLACED");
        assertThat(body.get("account").asString()).isEqualTo("IT60 •••• 3456");
        assertThat(body.get("total").asString()).isEqualTo("64.80");
        await().untilAsserted(() -> assertThat(postPurchase()).containsExactly(RECEIPT.formatted(orderId)));

        Response again = place(order(orderId, "4821", "64.80"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(body);
        awaitListenersDone();
        assertThat(postPurchase()).containsExactly(RECEIPT.formatted(orderId));
    }

    @Test
    void theSameOrderIdWithOtherContentIsAConflict() {
        place(order(orderId, "4821", "64.80"));

        Response changed = place(order(orderId, "4821", "64.80").replace("\"4.90\"", "\"0.00\"").replace("64.80", "59.90"));

        assertProblem(changed, 409, "/problems/order-conflict");
        assertThat(changed.json().get("detail").asString())
                .isEqualTo("order " + orderId + " was placed before with a different shipping, total; a new order needs a new orderId");
    }

    @Test
    void shippedDeliveredAndRefundedEachTellTheChatOnce() {
        place(order(orderId, "4821", "64.80"));

        Response shipped = update("shipment", "{\"carrier\": \"BRT\", \"trackingNumber\": \"12345\"}");
        Response shippedAgain = update("shipment", "{\"carrier\": \"BRT\", \"trackingNumber\": \"12345\"}");
        Response delivered = update("delivery", "{\"deliveredAt\": \"2026-11-18T10:25:00+01:00\"}");
        Response refunded = update("refund", "{\"amount\": \"20.00\", \"reason\": \"cuffie difettose\"}");

        assertThat(List.of(shipped.status(), shippedAgain.status(), delivered.status(), refunded.status()))
                .containsExactly(200, 200, 200, 200);
        assertThat(refunded.json().get("status").asString()).isEqualTo("REFUNDED");
        assertThat(refunded.json().get("refunded").asString()).isEqualTo("20.00");
        assertThat(refunded.json().get("updates").valueStream().map(update -> update.get("status").asString()))
                .containsExactly("SHIPPED", "DELIVERED", "REFUNDED");
        await().untilAsserted(() -> assertThat(postPurchase()).containsExactly(
                RECEIPT.formatted(orderId),
                "📦 Il tuo ordine " + orderId + " da Amazon è partito con BRT, tracking 12345.",
                "✅ Il tuo ordine " + orderId + " da Amazon è stato consegnato.",
                "↩️ Amazon ti ha rimborsato 20,00\u00a0€ per l’ordine " + orderId + ", sulla carta Visa •••• 4821. Motivo: cuffie difettose"));
    }

    @Test
    void refundsCannotExceedWhatIsLeftOfTheTotal() {
        place(order(orderId, "4821", "64.80"));
        update("refund", "{\"amount\": \"60.00\"}");

        Response tooMuch = update("refund", "{\"amount\": \"5.00\"}");

        assertInvalid(tooMuch, "/problems/invalid-order-update",
                "amount /amount: must be at most 4.80 EUR: the total 64.80 minus 60.00 refunded before");
    }

    @Test
    void anUnknownOrderIsNotFound() {
        Response unknown = update("shipment", "{\"carrier\": \"BRT\", \"trackingNumber\": \"12345\"}");

        assertProblem(unknown, 404, "/problems/unknown-order");
        assertThat(unknown.json().get("detail").asString())
                .isEqualTo("no order " + orderId + "; place it first with POST /api/v1/orders");
    }

    @Test
    void aCardThatIsNotTheAccountsIsRefusedNamingCard() {
        Response refused = place(order(orderId, "1937", "64.80"));

        assertInvalid(refused, "/problems/invalid-order",
                "card /card: Visa •••• 1937 is not a card of account IT60 •••• 3456; name the card the order was paid with");
    }

    @Test
    void aFullCardNumberIsRefusedAndNeverRepeated() {
        Response refused = place(order(orderId, "4111 1111 1111 1111", "64.80"));

        assertInvalid(refused, "/problems/invalid-order",
                "card.last4 /card/last4: send only the last 4 digits of the card; full card numbers are never accepted");
        assertThat(refused.body()).doesNotContain("4111");
    }

    @Test
    void totalsThatDoNotAddUpAreRefusedNamingTotal() {
        Response refused = place(order(orderId, "4821", "65.00"));

        assertInvalid(refused, "/problems/invalid-order",
                "total /total: must equal subtotal + shipping + tax: 59.90 + 4.90 + 0.00 = 64.80, got 65.00");
    }

    @Test
    void namesEveryFieldAtFault() {
        Response refused = place("""
                {"orderId": "ORD 1", "account": "IT60X0542811101000000123457", "card": {"brand": "VISSA", "last4": "4821"},
                 "merchant": {}, "currency": "eur", "items": [{"title": "Cuffie", "quantity": 0, "price": "59,90"}],
                 "subtotal": "59.90", "total": "59.90", "placedAt": "2026-11-18", "coupon": "X"}""");

        assertInvalid(refused, "/problems/invalid-order",
                "coupon /coupon: unknown field; known fields are [account, card, currency, items, merchant, orderId, placedAt,"
                        + " recipientName, shipping, subtotal, tax, total]",
                "orderId /orderId: must be 1 to 64 of the characters A-Z a-z 0-9 . _ : + -",
                "account /account: IBAN check digits are wrong (ISO 7064 mod 97-10)",
                "card.brand /card/brand: must be one of [VISA, MASTERCARD, MAESTRO, AMEX, DINERS, DISCOVER, JCB, UNIONPAY]",
                "merchant.name /merchant/name: required",
                "currency /currency: must be an ISO 4217 code in capitals such as EUR, got 'eur'",
                "items[0].quantity /items/0/quantity: required: a whole number from 1 to 9999",
                "items[0].price /items/0/price: must be a decimal string such as \"59.90\"",
                "placedAt /placedAt: must be an ISO-8601 date-time with offset such as \"2026-11-18T10:14:31+01:00\"");
    }

    @Test
    void noReceiptWhenTheChatTurnedReceiptsOff() {
        Response off = giulia.send(HttpRequest.newBuilder(giulia.uri("/api/v1/webchat/preferences"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"paused": false, "payments": true, "incomingTransfers": true, "salary": true,
                         "receipts": false, "shipping": true}""")).build());
        assertThat(off.status()).as(off.body()).isEqualTo(200);

        assertThat(place(order(orderId, "4821", "64.80")).status()).isEqualTo(201);
        assertThat(update("shipment", "{\"carrier\": \"BRT\", \"trackingNumber\": \"777\"}").status()).isEqualTo(200);

        await().untilAsserted(() -> assertThat(postPurchase()).isNotEmpty());
        awaitListenersDone();
        assertThat(postPurchase()).containsExactly("📦 Il tuo ordine " + orderId + " da Amazon è partito con BRT, tracking 777.");
    }
}
