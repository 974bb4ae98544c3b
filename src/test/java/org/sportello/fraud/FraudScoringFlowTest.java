package org.sportello.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.bank.domain.ItalianIban;
import org.sportello.shared.ChatAddress;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Live scoring end to end: stolen-card payments booked through the bank's feed reach the
 * customer's chat as one "was this you?" within seconds; an ordinary payment asks nothing.
 * Scoring is on here, in a context of its own (the shared one turns it off).
 */
@SportelloIntegrationTest
class FraudScoringFlowTest {

    static final String MARCO_IBAN = ItalianIban.of("05428", "03401", "000000471209").value();

    @DynamicPropertySource
    static void scoringOn(DynamicPropertyRegistry registry) {
        registry.add("sportello.fraud.scoring.enabled", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    BankLinking marco;
    ChatAddress chat;

    @BeforeEach
    void linkMarcosChat() {
        marco = new BankLinking(new HttpTestClient(port));
        marco.link("it", "marco.esposito");
        chat = ChatAddress.web(marco.browser().cookie("sportello_chat"));
    }

    @AfterEach
    void restore() {
        jdbc.sql("UPDATE bank_card SET status = 'ACTIVE' WHERE last4 = '1937'").update();
        jdbc.sql("UPDATE fraud_case SET status = 'CONFIRMED_GENUINE' WHERE customer_id = 'marco.esposito'"
                + " AND status IN ('AWAITING_CUSTOMER', 'ESCALATED')").update();
    }

    @Test
    void cardTestingThenALargePaymentAbroadAsksOnceAndNoFreezesTheCard() {
        Response booked = book(payment("0.99", "02:10", "QuickPay Donations", "8398", null),
                payment("1.49", "02:13", "QuickPay Donations", "8398", null),
                payment("0.79", "02:16", "QuickPay Donations", "8398", null),
                payment("1240.00", "02:25", "ElectroWorld Sofia", "5732", "\"latitude\": 42.6977, \"longitude\": 23.3219"));
        assertThat(booked.status()).as(booked.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(alerts()).hasSize(1));
        String question = alerts().get(0);
        assertThat(question).startsWith("⚠️ Pagamento sospetto con la carta •••• 1937: ").contains("Mi sembra insolito: ").endsWith("Sei stato tu?");
        String caseId = jdbc.sql("SELECT id FROM fraud_case WHERE customer_id = 'marco.esposito' AND source = 'SCORED'"
                + " AND status = 'AWAITING_CUSTOMER'").query(String.class).single();

        say("No, blocca la carta", "FRAUD:NO:" + caseId);

        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith("Ho bloccato la carta.")));
        assertThat(jdbc.sql("SELECT status FROM bank_card WHERE last4 = '1937'").query(String.class).single()).isEqualTo("FROZEN");
        assertThat(alerts()).as("the rest of the burst did not ask again").hasSize(1);
    }

    @Test
    void anOrdinaryPaymentAsksNothing() {
        book(payment("23.40", "12:40", "Pizzeria Da Michele", "5812", "\"latitude\": 40.8497, \"longitude\": 14.2634"));

        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.contains("Pizzeria Da Michele")));
        assertThat(alerts()).isEmpty();
    }

    String payment(String amount, String time, String merchant, String mcc, String location) {
        return """
                {"id": "F-%s", "account": "%s", "amount": "%s", "currency": "EUR", "direction": "DEBIT",
                 "bookedAt": "2026-11-18T%s:00+01:00", "card": "1937",
                 "merchant": {"name": "%s", "mcc": "%s"%s}}""".formatted(UUID.randomUUID(), MARCO_IBAN, amount, time, merchant, mcc,
                location == null ? "" : ", " + location);
    }

    Response book(String... payments) {
        return marco.browser().postJson("/api/v1/transactions", "{\"transactions\": [" + String.join(",", payments) + "]}");
    }

    void say(String text, String payload) {
        assertThat(marco.browser().postJson("/api/v1/webchat/messages",
                "{\"text\": \"" + text + "\", \"payload\": \"" + payload + "\"}").status()).isEqualTo(202);
    }

    List<String> alerts() {
        return transcript().stream().filter(text -> text.startsWith("⚠️")).toList();
    }

    List<String> transcript() {
        return jdbc.sql("SELECT text FROM webchat_message WHERE chat_user_id = :user AND direction = 'OUT' ORDER BY seq")
                .param("user", chat.userId()).query(String.class).list();
    }
}
