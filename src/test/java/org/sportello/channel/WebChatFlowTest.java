package org.sportello.channel;

import org.sportello.testing.TestGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sportello.bank.Accounts;
import org.sportello.notify.QuickReply;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Money;
import org.sportello.testing.BankLinking;
import org.sportello.testing.EventStream;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The web chat end to end over HTTP and server-sent events: sign-in, questions, pushed notifications. */
@SportelloIntegrationTest
class WebChatFlowTest {

    static final String GIULIA_IBAN = "IT60X0542811101000000123456";
    static final CustomerId GIULIA = new CustomerId("giulia.rossi");
    static final CustomerId EMMA = new CustomerId("emma.clarke");
    /** The answer to a position by Place de la République, Paris, from the shipped OpenStreetMap data (none of the three has hours). */
    static final String NEAREST_TO_REPUBLIQUE = """
            The nearest ATMs and branches:
            1. BNP Paribas: 46 m, 1 min on foot
            2. Banque Populaire: 121 m, 2 min on foot
            3. Société Générale: 335 m, 5 min on foot
            Data © OpenStreetMap contributors""";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    HttpTestClient http;
    EventStream stream;

    @AfterEach
    void closeStream() {
        if (stream != null) {
            stream.close();
        }
    }

    EventStream signIn(CustomerId customer) {
        http = new HttpTestClient(port);
        new BankLinking(http).link(customer.equals(EMMA) ? "en" : "it", customer.value());
        stream = new EventStream(http, "/api/v1/webchat/stream?after=0");
        await().untilAsserted(() -> assertThat(outTexts()).anyMatch(text -> text.contains("collegato fino al")
                || text.contains("linked until"))); // the welcome
        return stream;
    }

    JsonNode say(String text) {
        Response said = http.postJson("/api/v1/webchat/messages",
                "{\"text\": \"" + text + "\", \"clientId\": \"" + UUID.randomUUID() + "\"}");
        assertThat(said.status()).isEqualTo(202);
        return said.json();
    }

    List<String> outTexts() {
        return stream.messages().stream().filter(m -> m.get("direction").asString().equals("out"))
                .map(m -> m.get("text").asString()).toList();
    }

    JsonNode awaitReplyContaining(String fragment) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> stream.messages().stream()
                .filter(m -> m.get("direction").asString().equals("out") && m.get("text").asString().contains(fragment))
                .findFirst().orElse(null), reply -> reply != null);
    }

    @Test
    void greetsOnSignInAndSaysItIsABot() {
        signIn(GIULIA);

        await().untilAsserted(() -> assertThat(outTexts()).anyMatch(
                text -> text.startsWith("Ciao Giulia! Sono l’assistente virtuale di Sportello: un bot, non una persona.")));
        assertThat(http.get("/api/v1/webchat/session").json().get("name").asString()).isEqualTo("Giulia Rossi");
    }

    @Test
    void answersTheBalanceInTheLanguageOfTheQuestion() {
        signIn(GIULIA);

        say("quanto ho sul conto?");
        String italian = "Il saldo del conto IT60 •••• 3456 è " + balanceOf(GIULIA, Language.IT) + ".";
        assertThat(awaitReplyContaining("Il saldo del conto").get("text").asString()).isEqualTo(italian);

        say("what's my balance?");
        String english = "The balance of account IT60 •••• 3456 is " + balanceOf(GIULIA, Language.EN) + ".";
        assertThat(awaitReplyContaining("The balance of account").get("text").asString()).isEqualTo(english);
    }

    @Test
    void aBookedTransactionIsPushedToTheOpenChatWithinASecond() {
        signIn(GIULIA);
        String id = "T-" + UUID.randomUUID();

        Response booked = http.postJson("/api/v1/transactions", """
                {"transactions": [{"id": "%s", "account": "%s", "amount": "42.50", "currency": "EUR", "direction": "DEBIT",
                  "bookedAt": "2026-11-18T10:14:31+01:00", "card": "4821",
                  "merchant": {"name": "Esselunga Viale Piave", "mcc": "5411", "city": "Milano"}}]}""".formatted(id, GIULIA_IBAN));
        assertThat(booked.status()).isEqualTo(200);
        Money balanceAfter = Money.eur(booked.json().get("items").get(0).get("balanceAfter").get("value").asString());

        JsonNode notification = await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> stream.messages().stream()
                        .filter(m -> m.get("purpose").asString().equals("NOTIFICATION")
                                && m.get("text").asString().contains("Esselunga Viale Piave"))
                        .findFirst().orElse(null), message -> message != null);
        assertThat(notification.get("text").asString()).isEqualTo("💳 Hai pagato 42,50\u00a0€ presso Esselunga Viale Piave con la carta"
                + " •••• 4821. Saldo disponibile: " + balanceAfter.format(Language.IT) + ".");
    }

    @Test
    void englishSpeakersAreNotifiedInEnglish() {
        signIn(EMMA);

        http.postJson("/api/v1/transactions", """
                {"transactions": [{"id": "T-%s", "account": "IT81W0542811101000000582301", "amount": "3.20",
                  "currency": "EUR", "direction": "DEBIT", "bookedAt": "2026-11-18T08:05:00+01:00", "card": "7712",
                  "merchant": {"name": "Bar Magenta", "mcc": "5814"}}]}""".formatted(UUID.randomUUID()));

        assertThat(awaitReplyContaining("Bar Magenta").get("text").asString())
                .startsWith("💳 You paid €3.20 at Bar Magenta with card •••• 7712. Available balance: €");
    }

    @Test
    void whatItDoesNotUnderstandGetsAShortHelpWithQuickReplies() {
        signIn(GIULIA);

        say("chi vincerà lo scudetto quest'anno?");

        JsonNode reply = awaitReplyContaining("non ho capito");
        assertThat(reply.get("text").asString())
                .isEqualTo("Scusa, non ho capito. Puoi chiedermi il saldo, gli ultimi movimenti o quanto hai speso, per esempio:");
        assertThat(choices(reply)).containsExactly("Saldo=INTENT:balance", "Ultimi movimenti=INTENT:transactions_recent",
                        "Cosa sai fare?=INTENT:help");
    }

    @Test
    void aTappedQuickReplyChoosesTheIntent() {
        signIn(GIULIA);

        http.postJson("/api/v1/webchat/messages", "{\"text\": \"Ultimi movimenti\", \"payload\": \"INTENT:transactions_recent\","
                + " \"clientId\": \"" + UUID.randomUUID() + "\"}");

        assertThat(awaitReplyContaining("I tuoi ultimi 5 movimenti:").get("text").asString().split("\n")).hasSize(6);
    }

    @Test
    void cardNumbersAreRedactedOnArrivalAndTheCustomerIsToldWhy() {
        signIn(GIULIA);

        JsonNode said = say("la mia carta è 4111 1111 1111 1111, è bloccata?");

        assertThat(said.get("text").asString()).isEqualTo("la mia carta è •••• 1111, è bloccata?");
        assertThat(awaitReplyContaining("numero di carta").get("text").asString())
                .startsWith("⚠️ Nel tuo messaggio c’era un numero di carta: l’ho nascosto prima di salvarlo.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webchat_message WHERE text LIKE '%4111 1111%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aResentMessageIsAnsweredOnce() {
        signIn(GIULIA);
        String body = "{\"text\": \"saldo\", \"clientId\": \"resend-" + UUID.randomUUID().toString().substring(0, 8) + "\"}";

        JsonNode first = http.postJson("/api/v1/webchat/messages", body).json();
        JsonNode second = http.postJson("/api/v1/webchat/messages", body).json();

        assertThat(second.get("seq").asLong()).isEqualTo(first.get("seq").asLong());
        awaitReplyContaining("Il saldo del conto");
        long replies = jdbc.sql("SELECT COUNT(*) FROM webchat_message WHERE message_id = :id")
                .param("id", "reply:" + first.get("id").asString()).query(Long.class).single();
        assertThat(replies).isEqualTo(1);
    }

    @Test
    void aReconnectingBrowserGetsWhatItMissed() {
        signIn(GIULIA);
        say("grazie");
        JsonNode thanks = awaitReplyContaining("Figurati");
        stream.close();
        long lastSeen = thanks.get("seq").asLong() - 2; // as if the last two lines never arrived

        stream = new EventStream(http, "/api/v1/webchat/stream?after=" + lastSeen);

        await().untilAsserted(() -> assertThat(stream.messages()).extracting(m -> m.get("seq").asLong())
                .containsExactly(lastSeen + 1, lastSeen + 2));
    }

    @Test
    void withoutAChatSessionNothingIsAccepted() {
        HttpTestClient stranger = new HttpTestClient(port);

        Response said = stranger.postJson("/api/v1/webchat/messages", "{\"text\": \"saldo\"}");

        assertThat(said.status()).isEqualTo(401);
        assertThat(said.contentType()).isEqualTo("application/problem+json");
        assertThat(said.json().get("detail").asString())
                .isEqualTo("this browser has no chat session yet; open the chat page (GET /api/v1/webchat/session) first");
        assertThat(stranger.get("/api/v1/webchat/stream").status()).isEqualTo(401);
    }

    @Test
    void anUnlinkedChatIsIntroducedAndOfferedTheLinkButReadsNothing() {
        http = new HttpTestClient(port);
        Response session = http.get("/api/v1/webchat/session?lang=en");
        assertThat(session.json().get("linked").asBoolean()).isFalse();
        assertThat(session.json().get("language").asString()).isEqualTo("en");
        assertThat(http.cookie("sportello_chat")).matches("[A-Za-z0-9_-]{43}");
        stream = new EventStream(http, "/api/v1/webchat/stream?after=0");
        await().untilAsserted(() -> assertThat(outTexts()).anyMatch(text -> text.startsWith("Hi! I’m Sportello’s virtual assistant")));

        say("what's my balance?");
        JsonNode reply = awaitReplyContaining("this chat is not linked");
        assertThat(reply.get("text").asString())
                .isEqualTo("To answer I need to see your account, but this chat is not linked. Link it from your bank’s page.");
        assertThat(reply.get("quickReplies").get(0).get("payload").asString()).isEqualTo("ACTION:LINK_ACCOUNT");
        assertThat(reply.get("quickReplies").get(0).get("title").asString()).isEqualTo("Link account");
    }

    @Test
    void aPositionFromTheBrowserGetsTheNearestAtmsAndOneThatIsNoPositionIsAskedForAgain() {
        openUnlinkedChat("en");

        Response shared = sayWithPayload("📍 Location shared", "LOCATION:48.86750,2.36340");

        assertThat(shared.status()).isEqualTo(202);
        assertThat(shared.json().get("text").asString()).isEqualTo("📍 Location shared");
        assertThat(awaitReplyContaining("The nearest ATMs and branches:").get("text").asString()).isEqualTo(NEAREST_TO_REPUBLIQUE);

        sayWithPayload("📍 Location shared", "LOCATION:abc");
        sayWithPayload("📍 Share location", QuickReply.SHARE_LOCATION);

        // The wording of the question is the bundle's to change; what matters is that it is the question, with its button.
        String askPosition = messages.getMessage("assistant.atm.ask-position", null, Language.EN.locale());
        List<JsonNode> asked = await().atMost(Duration.ofSeconds(5)).until(() -> stream.messages().stream()
                .filter(m -> m.get("text").asString().equals(askPosition)).toList(), replies -> replies.size() == 2);
        assertThat(asked).allSatisfy(reply -> assertThat(choices(reply)).containsExactly("📍 Share location=ACTION:SHARE_LOCATION"));
    }

    @Test
    void aPayloadThatNoButtonCouldCarryIsRefused() {
        openUnlinkedChat("en");
        String detail = "payload: must be 1 to 64 printable ASCII characters, as a quick reply's payload or LOCATION:lat,lon";

        Response notAscii = sayWithPayload("📍 Location shared", "LOCATION:48.8675,2.3634 📍");
        Response tooLong = sayWithPayload("📍 Location shared", "LOCATION:48.8675" + "0".repeat(44) + ",2.3634");

        assertThat(notAscii.status()).isEqualTo(422);
        assertThat(notAscii.json().get("detail").asString()).isEqualTo(detail);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("detail").asString()).isEqualTo(detail);
    }

    private void openUnlinkedChat(String language) {
        http = new HttpTestClient(port);
        assertThat(http.get("/api/v1/webchat/session?lang=" + language).status()).isEqualTo(200);
        stream = new EventStream(http, "/api/v1/webchat/stream?after=0");
    }

    /** A line as the page sends a tapped button or a shared position: its text, its payload, the page's language. */
    private Response sayWithPayload(String text, String payload) {
        return http.postJson("/api/v1/webchat/messages", """
                {"text": "%s", "payload": "%s", "clientId": "%s", "language": "en"}""".formatted(text, payload, UUID.randomUUID()));
    }

    private static List<String> choices(JsonNode reply) {
        return reply.get("quickReplies").valueStream().map(q -> q.get("title").asString() + "=" + q.get("payload").asString()).toList();
    }

    private String balanceOf(CustomerId customer, Language language) {
        return accounts.accountsOf(TestGrant.balances(customer)).get(0).balance().format(language);
    }
}
