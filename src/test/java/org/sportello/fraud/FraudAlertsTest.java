package org.sportello.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.bank.domain.ItalianIban;
import org.sportello.consent.ConsentAdministration;
import org.sportello.fraud.application.AlertEscalation;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The bank's fraud system pushes an alert; Marco's linked web chat asks "was this you?"; his
 * answer closes the case or freezes his card; silence brings a reminder, then an agent; a revoked
 * consent means nothing is sent and the bank is told.
 */
@SportelloIntegrationTest
class FraudAlertsTest {

    static final String MARCO_IBAN = ItalianIban.of("05428", "03401", "000000471209").value();
    static final String NOBODYS_IBAN = ItalianIban.of("05428", "11101", "000000999999").value();
    static final CustomerId MARCO = new CustomerId("marco.esposito");
    static final String QUESTION = "⚠️ Pagamento sospetto con la carta •••• 1937: 1.240,00\u00a0€ da ElectroWorld Sofia, 18/11/26, 10:20."
            + " Il sistema antifrode della banca lo ha segnalato: importo insolito all’estero. Sei stato tu?";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    AlertEscalation escalation;

    @Autowired
    ConsentAdministration consents;

    BankLinking marco;
    ChatAddress chat;
    String alertId;

    @BeforeEach
    void linkMarcosChat() {
        marco = new BankLinking(new HttpTestClient(port));
        marco.link("it", "marco.esposito");
        chat = ChatAddress.web(marco.browser().cookie("sportello_chat"));
        alertId = "BANK-" + UUID.randomUUID();
    }

    @AfterEach
    void restore() {
        clock.reset();
        jdbc.sql("UPDATE bank_card SET status = 'ACTIVE' WHERE last4 = '1937'").update();
        // Cases left open would take the next test's typed answers.
        jdbc.sql("UPDATE fraud_case SET status = 'CONFIRMED_GENUINE' WHERE customer_id = 'marco.esposito'"
                + " AND status IN ('AWAITING_CUSTOMER', 'ESCALATED')").update();
    }

    @Test
    void theBanksAlertAsksWasThisYouAndNoFreezesTheCard() {
        Response pushed = pushAlert(alert(alertId, "importo insolito all’estero"));

        assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
        assertThat(pushed.json().get("status").asString()).isEqualTo("AWAITING_CUSTOMER");
        assertThat(pushed.json().get("delivered").asBoolean()).isTrue();
        assertThat(pushed.json().get("card").asString()).isEqualTo("•••• 1937");
        await().untilAsserted(() -> assertThat(transcript()).contains(QUESTION));
        String caseId = pushed.json().get("caseId").asString();
        assertThat(buttons()).contains("Sì, ero io=FRAUD:YES:" + caseId, "No, blocca la carta=FRAUD:NO:" + caseId);

        say("No, blocca la carta", "FRAUD:NO:" + caseId);

        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith("Ho bloccato la carta.")));
        assertThat(cardStatus()).isEqualTo("FROZEN");
        JsonNode listed = findCase(caseId, "CONFIRMED_FRAUD");
        assertThat(listed.get("cardFrozen").asBoolean()).isTrue();
        assertThat(listed.get("answeredAt").isNull()).isFalse();
    }

    @Test
    void aTypedYesClosesTheCaseAndTheCardStaysActive() {
        String caseId = pushAlert(alert(alertId, null)).json().get("caseId").asString();
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.contains("Il sistema antifrode della banca lo ha segnalato.")));

        say("sì", null);

        await().untilAsserted(() -> assertThat(transcript()).contains("Grazie, allora è tutto a posto: la carta resta attiva."));
        assertThat(cardStatus()).isEqualTo("ACTIVE");
        assertThat(findCase(caseId, "CONFIRMED_GENUINE").get("cardFrozen").asBoolean()).isFalse();

        say("No, blocca la carta", "FRAUD:NO:" + caseId);
        await().untilAsserted(() -> assertThat(transcript()).contains("Hai già risposto a questo avviso: la banca ha la tua risposta."));
        assertThat(cardStatus()).as("a second answer changes nothing").isEqualTo("ACTIVE");
    }

    @Test
    void whenNobodyAnswersASecondMessageThenAnAgent() {
        String caseId = pushAlert(alert(alertId, null)).json().get("caseId").asString();
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith("⚠️ Pagamento sospetto")));

        clock.advance(Duration.ofMinutes(9));
        escalation.sweep(clock.instant());
        assertThat(transcript()).noneMatch(text -> text.startsWith("Ti chiedo di nuovo"));

        clock.advance(Duration.ofMinutes(2));
        escalation.sweep(clock.instant());
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith(
                "Ti chiedo di nuovo del pagamento di 1.240,00\u00a0€ da ElectroWorld Sofia con la carta •••• 1937")));
        assertThat(findCase(caseId, "AWAITING_CUSTOMER").get("remindedAt").isNull()).isFalse();

        clock.advance(Duration.ofMinutes(20));
        escalation.sweep(clock.instant());
        assertThat(findCase(caseId, "ESCALATED").get("escalatedAt").isNull()).isFalse();
        assertThat(admin("GET", "/api/v1/admin/fraud/cases").json().valueStream().map(c -> c.get("caseId").asString()))
                .as("an agent's default list").contains(caseId);

        say("No, blocca la carta", "FRAUD:NO:" + caseId);
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith("Ho bloccato la carta.")));
        assertThat(cardStatus()).as("the customer may still answer an escalated case").isEqualTo("FROZEN");
    }

    @Test
    void aRevokedConsentMeansNothingIsSentAndTheBankIsTold() {
        consents.consentsOf(MARCO).stream().filter(consent -> consent.status().equals("AUTHORISED"))
                .forEach(consent -> consents.revoke(consent.id(), "test-operator"));
        // The chat is told of the revocation asynchronously; nothing may come after that.
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.contains("ha revocato l’accesso")));
        int before = transcript().size();

        Response pushed = pushAlert(alert(alertId, null));

        assertThat(pushed.status()).isEqualTo(201);
        assertThat(pushed.json().get("status").asString()).isEqualTo("UNDELIVERABLE");
        assertThat(pushed.json().get("delivered").asBoolean()).isFalse();
        assertThat(transcript()).hasSize(before).noneMatch(text -> text.startsWith("⚠️"));
        assertThat(findCase(pushed.json().get("caseId").asString(), "UNDELIVERABLE").get("chatsTold").asInt()).isZero();
    }

    @Test
    void theSameAlertPushedTwiceOpensOneCaseAndAsksOnce() {
        Response first = pushAlert(alert(alertId, null));
        Response again = pushAlert(alert(alertId, null));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("caseId").asString()).isEqualTo(first.json().get("caseId").asString());
        await().untilAsserted(() -> assertThat(transcript()).filteredOn(text -> text.startsWith("⚠️")).hasSize(1));
    }

    @Test
    void aBadAlertIsRefusedNamingEveryField() {
        Response refused = pushAlert("{\"alertId\": \"has spaces\", \"account\": \"IT00X\", \"amount\": \"-5\", \"at\": \"ieri\","
                + " \"cardLast4\": \"19\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").valueStream().map(error -> error.get("pointer").asString()))
                .containsExactlyInAnyOrder("/alertId", "/account", "/amount", "/at", "/cardLast4");
    }

    @Test
    void anAccountTheBankDoesNotHoldIs404AndACardNotOnItIs422() {
        Response unknown = pushAlert(alert(alertId, null).replace(MARCO_IBAN, NOBODYS_IBAN));
        Response otherCard = pushAlert(alert(alertId, null).replace("\"1937\"", "\"4821\""));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("no customer of this bank holds " + Iban.parse(NOBODYS_IBAN).masked());
        assertThat(otherCard.status()).isEqualTo(422);
        assertThat(otherCard.json().get("errors").get(0).get("detail").asString()).isEqualTo("no card ending in 4821 on "
                + Iban.parse(MARCO_IBAN).masked());
    }

    @Test
    void onlyOperatorsMayPushAlerts() {
        Response anonymous = marco.browser().postJson("/api/v1/admin/fraud/alerts", alert(alertId, null));

        assertThat(anonymous.status()).isEqualTo(401);
    }

    static String alert(String alertId, String reason) {
        return """
                {"alertId": "%s", "account": "%s", "cardLast4": "1937", "amount": "1240.00", "currency": "EUR",
                 "merchant": "ElectroWorld Sofia", "at": "2026-11-18T10:20:00+01:00"%s}"""
                .formatted(alertId, MARCO_IBAN, reason == null ? "" : ", \"reason\": \"" + reason + "\"");
    }

    Response pushAlert(String body) {
        return marco.browser().as(SportelloIntegrationTest.OPERATOR, SportelloIntegrationTest.OPERATOR_PASSWORD,
                HttpRequest.newBuilder(marco.browser().uri("/api/v1/admin/fraud/alerts")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response admin(String method, String path) {
        return marco.browser().as(SportelloIntegrationTest.OPERATOR, SportelloIntegrationTest.OPERATOR_PASSWORD,
                HttpRequest.newBuilder(marco.browser().uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    JsonNode findCase(String caseId, String status) {
        Response listed = admin("GET", "/api/v1/admin/fraud/cases?status=" + status + "&limit=500");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json().valueStream().filter(c -> c.get("caseId").asString().equals(caseId)).findFirst()
                .orElseThrow(() -> new AssertionError("case " + caseId + " is not " + status + ": " + listed.body()));
    }

    void say(String text, String payload) {
        String body = payload == null ? "{\"text\": \"" + text + "\"}" : "{\"text\": \"" + text + "\", \"payload\": \"" + payload + "\"}";
        assertThat(marco.browser().postJson("/api/v1/webchat/messages", body).status()).isEqualTo(202);
    }

    List<String> transcript() {
        return jdbc.sql("SELECT text FROM webchat_message WHERE chat_user_id = :user AND direction = 'OUT' ORDER BY seq")
                .param("user", chat.userId()).query(String.class).list();
    }

    List<String> buttons() {
        return jdbc.sql("SELECT quick_replies FROM webchat_message WHERE chat_user_id = :user AND quick_replies IS NOT NULL ORDER BY seq")
                .param("user", chat.userId()).query(String.class).list().stream()
                .flatMap(json -> tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).valueStream())
                .map(reply -> reply.get("title").asString() + "=" + reply.get("payload").asString()).toList();
    }

    String cardStatus() {
        return jdbc.sql("SELECT status FROM bank_card WHERE last4 = '1937'").query(String.class).single();
    }
}
