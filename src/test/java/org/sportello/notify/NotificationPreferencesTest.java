package org.sportello.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.notify.application.DigestJob;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.InProcessLinking;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notification preferences set in the chat and through the API, and what they change. */
@SportelloIntegrationTest
class NotificationPreferencesTest {

    static final String EMMA_IBAN = "IT81W0542811101000000582301";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DigestJob digests;

    @Autowired
    ApplicationContext app;

    @Autowired
    TestClock clock;

    HttpTestClient emma;
    String chatUser;
    String run;

    @BeforeEach
    void linkEmma() {
        emma = new HttpTestClient(port);
        new BankLinking(emma).link("en", "emma.clarke");
        chatUser = emma.cookie("sportello_chat");
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void say(String text) {
        assertThat(emma.postJson("/api/v1/webchat/messages", "{\"text\": \"" + text + "\"}").status()).isEqualTo(202);
    }

    List<String> transcript() {
        return jdbc.sql("SELECT text FROM webchat_message WHERE chat_user_id = :user AND direction = 'OUT' ORDER BY seq")
                .param("user", chatUser).query(String.class).list();
    }

    void pay(String reference, String amount, String merchant) {
        Response booked = emma.postJson("/api/v1/transactions", """
                {"transactions": [{"id": "%s", "account": "%s", "amount": "%s", "currency": "EUR", "direction": "DEBIT",
                  "bookedAt": "2026-11-18T09:00:00Z", "card": "7712", "merchant": {"name": "%s", "mcc": "5812"}}]}
                """.formatted(reference + "-" + run, EMMA_IBAN, amount, merchant));
        assertThat(booked.status()).as(booked.body()).isEqualTo(200);
    }

    void awaitListenersDone() {
        await().untilAsserted(() -> assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single()).isZero());
    }

    @Test
    void onlyPaymentsFromTheAmountAskedInTheChat() {
        say("notify me only for payments over 50 euros");
        await().untilAsserted(() -> assertThat(transcript()).contains("All right, I’ll tell you only about payments of €50.00 or more."));

        pay("small", "12.00", "Small Bistro " + run);
        pay("big", "80.00", "Big Restaurant " + run);
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.contains("Big Restaurant " + run)));
        awaitListenersDone();
        assertThat(transcript()).noneMatch(text -> text.contains("Small Bistro " + run));
    }

    @Test
    void aLowBalanceAlertWhenTheBalanceCrossesTheThreshold() {
        long available = jdbc.sql("SELECT b.balance_minor + b.pending_minor FROM bank_balance b"
                        + " JOIN bank_account a ON a.id = b.account_id WHERE a.iban = :iban").param("iban", EMMA_IBAN)
                .query(Long.class).single();
        long threshold = available - 1_000; // €10 below today's balance
        say("notify me when my balance drops below " + (threshold / 100));
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith("All right, I’ll tell you when your available balance drops below")));

        pay("cross", "25.00", "Crossing Shop " + run);
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith("⚠️ The available balance of account IT81 •••• 2301 is down to")));
        pay("after", "1.00", "After Shop " + run);
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.contains("After Shop " + run)));
        awaitListenersDone();
        assertThat(transcript().stream().filter(text -> text.startsWith("⚠️"))).as("told once, when it crossed").hasSize(1);
    }

    @Test
    void stopAndResume() {
        say("stop notifications");
        await().untilAsserted(() -> assertThat(transcript()).contains(
                "All right, no more notifications. Write “resume notifications” when you want them back."));
        pay("paused", "5.00", "Paused Cafe " + run);
        awaitListenersDone();
        assertThat(transcript()).noneMatch(text -> text.contains("Paused Cafe " + run));

        say("resume notifications");
        await().untilAsserted(() -> assertThat(transcript()).contains("Notifications are back on."));
        pay("resumed", "5.00", "Resumed Cafe " + run);
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.contains("Resumed Cafe " + run)));
    }

    @Test
    void theApiReadsAndWritesThePreferencesAndADigestReplacesSingleMessages() {
        Response defaults = emma.get("/api/v1/webchat/preferences");
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.json().get("payments").asBoolean()).isTrue();
        assertThat(defaults.json().get("paused").asBoolean()).isFalse();

        Response put = emma.send(HttpRequest.newBuilder(emma.uri("/api/v1/webchat/preferences"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"paused": false, "payments": true, "incomingTransfers": true, "salary": true, "digestAt": "20:00",
                         "receipts": true, "shipping": true}""")).build());
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(emma.get("/api/v1/webchat/preferences").json().get("digestAt").asString()).isEqualTo("20:00:00");

        pay("d1", "10.00", "Digest Bakery " + run);
        pay("d2", "15.50", "Digest Deli " + run);
        awaitListenersDone();
        assertThat(transcript()).noneMatch(text -> text.contains("Digest Bakery " + run));
        assertThat(digests.run(Instant.parse("2026-11-18T18:59:00Z"))).as("19:59 in Rome: not yet").isZero();
        assertThat(digests.run(Instant.parse("2026-11-18T19:00:00Z"))).isGreaterThanOrEqualTo(1);
        await().untilAsserted(() -> assertThat(transcript()).contains("🗓️ Your day: 2 transactions, €25.50 out and €0.00 in."));
        assertThat(digests.run(Instant.parse("2026-11-18T19:30:00Z"))).as("once a day").isZero();
    }

    @Test
    void quietHoursHoldPlatformMessagesUntilTheyEnd() {
        ChatAddress telegram = new ChatAddress(Channel.TELEGRAM, "quiet-" + run);
        String linkId = InProcessLinking.link(app, telegram, "emma.clarke", Language.EN).link().linkId();
        // 09:30Z is 10:30 in Rome: quiet from 10:00 to 11:00.
        app.getBean(NotificationSettings.class).set(linkId, NotificationPreferences.DEFAULTS
                .withQuietHours(java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 0)));

        pay("quiet", "7.00", "Quiet Pub " + run);
        await().untilAsserted(() -> assertThat(jdbc.sql("SELECT next_attempt_at FROM notify_outbox WHERE chat_user_id = :user"
                        + " AND message_id LIKE 'txn:%'").param("user", telegram.userId()).query(OffsetDateTime.class).list())
                .extracting(OffsetDateTime::toInstant).containsExactly(Instant.parse("2026-11-18T10:00:00Z")));
        assertThat(jdbc.sql("SELECT status FROM notify_outbox WHERE chat_user_id = :user AND message_id LIKE 'txn:%'")
                .param("user", telegram.userId()).query(String.class).single()).isEqualTo("PENDING");
    }

    @Test
    void operatorsSeeAndSetAConsentsPreferences() {
        String consentId = jdbc.sql("SELECT id FROM consent_link WHERE chat_user_id = :user AND status = 'AUTHORISED'")
                .param("user", chatUser).query(String.class).single();
        Response unknown = emma.as(SportelloIntegrationTest.OPERATOR, SportelloIntegrationTest.OPERATOR_PASSWORD,
                HttpRequest.newBuilder(emma.uri("/api/v1/admin/consents/nope/preferences")).GET());
        assertThat(unknown.status()).isEqualTo(404);
        Response found = emma.as(SportelloIntegrationTest.OPERATOR, SportelloIntegrationTest.OPERATOR_PASSWORD,
                HttpRequest.newBuilder(emma.uri("/api/v1/admin/consents/" + consentId + "/preferences")).GET());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("incomingTransfers").asBoolean()).isTrue();
    }
}
