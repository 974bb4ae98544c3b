package org.sportello.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.consent.application.ConsentLifecycle;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a link ends, whichever way (the customer in the chat, the bank's operator, the platform,
 * time), nothing more is read or sent for it: no notification of a new payment, no answer with
 * data, no data access in the audit trail.
 */
@SportelloIntegrationTest
class RevocationTest {

    static final CustomerId MARCO = new CustomerId("marco.esposito");
    static final String MARCO_IBAN = "IT46C0542803401000000471209";

    @LocalServerPort
    int port;

    @Autowired
    Consents consents;

    @Autowired
    ConsentAdministration administration;

    @Autowired
    ConsentLifecycle lifecycle;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    BankLinking customer;
    ChatAddress chat;

    @BeforeEach
    void linkMarco() {
        customer = new BankLinking(new HttpTestClient(port));
        customer.link("it", "marco.esposito");
        chat = ChatAddress.web(customer.browser().cookie("sportello_chat"));
        assertThat(consents.check(chat, Scope.BALANCES, AccessPurpose.ANSWER)).isInstanceOf(ConsentCheck.Granted.class);
        pay("REV-BEFORE-" + chat.userId().substring(0, 8), "Bar Centrale");
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.contains("Bar Centrale")));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCustomerUnlinksInTheChatAfterConfirming() {
        say("scollega il mio conto", null);
        await().untilAsserted(() -> assertThat(transcript()).contains(
                "Vuoi scollegare il conto da questa chat? Non vedrò più i tuoi dati e non ti manderò più notifiche."));
        assertThat(consents.linkOf(chat)).as("asking is not yet unlinking").isPresent();
        say("Sì, scollega", "UNLINK:CONFIRM");
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith("Fatto: il conto è scollegato da questa chat.")));
        assertNothingMoreIsReadOrSent("CUSTOMER");
    }

    @Test
    void theBankRevokesThroughTheAdminApi() {
        String consentId = administration.consentsOf(MARCO).get(0).id();
        Response revoked = customer.browser().as(SportelloIntegrationTest.OPERATOR, SportelloIntegrationTest.OPERATOR_PASSWORD,
                HttpRequest.newBuilder(customer.browser().uri("/api/v1/admin/consents/" + consentId + "/revoke"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.json().get("endReason").asString()).isEqualTo("BANK");
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith("La tua banca ha revocato l’accesso")));
        assertNothingMoreIsReadOrSent("BANK");
    }

    /** The welcome runs after the link commits; a link revoked before it ran is not welcomed as linked. */
    @Test
    void aLinkThatEndedBeforeItsWelcomeIsNotWelcomed() {
        String consentId = administration.consentsOf(MARCO).get(0).id();
        assertThat(administration.revoke(consentId, "test").status()).isEqualTo("REVOKED");
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith("La tua banca ha revocato l’accesso")));
        long welcomes = transcript().stream().filter(text -> text.startsWith("Ciao")).count();

        transaction.executeWithoutResult(status -> events.publishEvent(new AccountLinked("late-" + consentId, chat, MARCO,
                Set.of(Scope.ACCOUNTS), clock.instant().plus(Duration.ofDays(180)), Language.IT, false)));

        await().untilAsserted(() -> assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single()).isZero());
        assertThat(transcript().stream().filter(text -> text.startsWith("Ciao")).count()).isEqualTo(welcomes);
        assertThat(transcript()).noneMatch(text -> text.startsWith("Ciao !"));
    }

    @Test
    void thePlatformUnlinks() {
        // The web chat's "forget this browser" is its platform unlink event.
        Response signedOut = customer.browser().post("/api/v1/webchat/sign-out", "application/json",
                HttpRequest.BodyPublishers.noBody());
        assertThat(signedOut.status()).isEqualTo(204);
        assertNothingMoreIsReadOrSent("PLATFORM");
    }

    @Test
    void theConsentRunsOut() {
        clock.advance(Duration.ofDays(180));
        assertThat(lifecycle.sweep(clock.instant())).isGreaterThanOrEqualTo(1);
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith("Il tuo consenso è scaduto")));
        assertThat(administration.consentsOf(MARCO).get(0).status()).isEqualTo("EXPIRED");
        assertNothingMoreIsReadOrSent("EXPIRED");
    }

    @Test
    void aReminderWithARenewButtonComesTwoWeeksBefore() {
        clock.advance(Duration.ofDays(180 - 14));
        lifecycle.sweep(clock.instant());
        await().untilAsserted(() -> assertThat(transcript()).contains(
                "Il consenso per questa chat scade il 17 maggio 2027. Rinnovalo per continuare a ricevere risposte e notifiche."));
        Response history = customer.browser().get("/api/v1/webchat/messages");
        assertThat(history.body()).contains("\"payload\":\"ACTION:LINK_ACCOUNT\"").contains("\"title\":\"Rinnova consenso\"");
        lifecycle.sweep(clock.instant());
        assertThat(transcript().stream().filter(text -> text.startsWith("Il consenso per questa chat scade"))).hasSize(1);
    }

    private void assertNothingMoreIsReadOrSent(String endReason) {
        assertThat(consents.linkOf(chat)).isEmpty();
        assertThat(consents.check(chat, Scope.BALANCES, AccessPurpose.ANSWER))
                .isEqualTo(new ConsentCheck.Refused(ConsentCheck.Reason.NOT_LINKED, Scope.BALANCES));
        String consentId = jdbc.sql("SELECT id FROM consent_link WHERE chat_user_id = :user AND status <> 'AWAITING_AUTHORISATION'")
                .param("user", chat.userId()).query(String.class).single();
        assertThat(jdbc.sql("SELECT end_reason FROM consent_link WHERE id = :id").param("id", consentId).query(String.class).single())
                .isEqualTo(endReason);
        long readsBefore = dataReads(consentId);

        pay("REV-AFTER-" + chat.userId().substring(0, 8), "Pizzeria Da Michele");
        await().untilAsserted(() -> assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single()).isZero());
        assertThat(transcript()).noneMatch(text -> text.contains("Pizzeria Da Michele"));
        assertThat(dataReads(consentId)).as("no data access recorded after the end").isEqualTo(readsBefore);
    }

    private long dataReads(String consentId) {
        return jdbc.sql("SELECT COUNT(*) FROM consent_audit WHERE link_id = :id AND kind = 'DATA_READ'")
                .param("id", consentId).query(Long.class).single();
    }

    private void pay(String reference, String merchant) {
        Response booked = customer.browser().postJson("/api/v1/transactions", """
                {"transactions": [{"id": "%s", "account": "%s", "amount": "4.50", "currency": "EUR", "direction": "DEBIT",
                  "bookedAt": "2026-11-18T09:00:00Z", "card": "1937", "merchant": {"name": "%s", "mcc": "5812"}}]}
                """.formatted(reference, MARCO_IBAN, merchant));
        assertThat(booked.status()).as(booked.body()).isEqualTo(200);
    }

    private void say(String text, String payload) {
        String body = payload == null ? "{\"text\": \"" + text + "\"}" : "{\"text\": \"" + text + "\", \"payload\": \"" + payload + "\"}";
        assertThat(customer.browser().postJson("/api/v1/webchat/messages", body).status()).isEqualTo(202);
    }

    private List<String> transcript() {
        return jdbc.sql("SELECT text FROM webchat_message WHERE chat_user_id = :user AND direction = 'OUT' ORDER BY seq")
                .param("user", chat.userId()).query(String.class).list();
    }
}
