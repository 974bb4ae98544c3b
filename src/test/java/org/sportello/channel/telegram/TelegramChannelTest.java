package org.sportello.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.channel.telegram.Updates.callback;
import static org.sportello.channel.telegram.Updates.location;
import static org.sportello.channel.telegram.Updates.text;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.assistant.CustomerSaid;
import org.sportello.bank.Accounts;
import org.sportello.channel.telegram.FakeBotApi.Call;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.Picture;
import org.sportello.notify.Pictures;
import org.sportello.notify.Purpose;
import org.sportello.notify.QuickReply;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.InProcessLinking;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestClock;
import org.sportello.testing.TestGrant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Telegram channel against a fake Bot API: updates in through the webhook, answers out
 * through the outbox, linking through the bank's pages, and the platform's refusals.
 */
@SportelloIntegrationTest
@TestPropertySource(properties = {
        "sportello.telegram.bot-token=" + FakeBotApi.TOKEN,
        "sportello.telegram.secret-token=" + TelegramChannelTest.SECRET,
        "sportello.telegram.read-timeout=1s",
        "sportello.delivery.retry-first=50ms",
        "sportello.delivery.retry-max=200ms",
        // The link button names the public address; the test server listens on a random port.
        "sportello.bank.link.redirect-uris=/link/complete," + TelegramChannelTest.PUBLIC_URL + "/link/complete"
})
class TelegramChannelTest {

    static final String SECRET = "test-webhook-secret_1";
    static final String PUBLIC_URL = "http://localhost:8080";
    static final String INTRO = "Ciao! Sono l’assistente virtuale di Sportello: un bot, non una persona. Per parlarti dei tuoi"
            + " soldi mi serve il tuo permesso: collega questa chat al tuo conto dalla tua banca. Non vedo mai la tua password.";
    static final FakeBotApi BOT_API = FakeBotApi.start();

    @DynamicPropertySource
    static void botApi(DynamicPropertyRegistry properties) {
        properties.add("sportello.telegram.api-url", BOT_API::url);
    }

    @AfterAll
    static void stopBotApi() {
        BOT_API.stop();
    }

    /** Everything the assistant heard, as it heard it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Heard {

        final List<CustomerSaid> said = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CustomerSaid customerSaid) {
            said.add(customerSaid);
        }

        CustomerSaid from(long chatId) {
            return said.stream().filter(s -> s.from().userId().equals(String.valueOf(chatId))).findFirst().orElseThrow();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Heard heard;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext app;

    @Autowired
    Pictures pictures;

    /** The question for a position is read from the bundle: its wording is being revised, the test checks it is the one sent. */
    @Autowired
    MessageSource messages;

    HttpTestClient http;

    @BeforeEach
    void telegram() {
        http = new HttpTestClient(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTextFromAnUnlinkedChatIsAnsweredWithTheIntroductionAndALinkButton() {
        Response update = post(SECRET, text(900101, 7101, "ciao"));

        assertThat(update.status()).isEqualTo(200);
        assertThat(update.body()).isEqualTo("{}");
        Call answer = awaitMessages(7101, 1).get(0);
        assertThat(answer.text()).isEqualTo(INTRO);
        assertThat(answer.buttons()).hasSize(1);
        JsonNode button = answer.buttons().get(0);
        assertThat(button.get("text").asString()).isEqualTo("Collega il conto");
        assertThat(button.has("callback_data")).isFalse();
        assertThat(button.get("url").asString())
                .startsWith(PUBLIC_URL + "/bank/link?account_linking_token=")
                .contains("&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Flink%2Fcomplete&");
    }

    @Test
    void linksTheChatThroughTheBanksPagesAndWelcomesTheCustomerOnTelegram() {
        post(SECRET, text(900201, 7201, "ciao"));
        String bankUrl = awaitMessages(7201, 1).get(0).buttons().get(0).get("url").asString();
        BankLinking bank = new BankLinking(new HttpTestClient(port));

        Response login = bank.openBank(bankUrl.substring(PUBLIC_URL.length()));
        assertThat(login.location()).as(login.body()).isEqualTo("/bank/link/login");
        assertThat(bank.login("giulia.rossi", BankLinking.PASSWORD).location()).isEqualTo("/bank/link/code");
        assertThat(bank.enterCode(bank.demoCode()).location()).isEqualTo("/bank/link/consent");
        Response back = bank.approve("BALANCES", "TRANSACTIONS", "NOTIFICATIONS");
        assertThat(back.location()).startsWith(PUBLIC_URL + "/link/complete?authorization_code=");
        Response done = new HttpTestClient(port).get(back.location().substring(PUBLIC_URL.length()));

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("Conto collegato");
        Call welcome = awaitMessages(7201, 2).get(1);
        assertThat(welcome.text()).startsWith("Ciao Giulia! Sono l’assistente virtuale di Sportello");
        assertThat(welcome.buttons()).extracting(b -> b.get("text").asString() + "=" + b.get("callback_data").asString())
                .containsExactly("Saldo=INTENT:balance", "Ultimi movimenti=INTENT:transactions_recent",
                        "Cosa sai fare?=INTENT:help");
    }

    @Test
    void aRedeliveredUpdateIsAnsweredOnce() {
        String update = text(900301, 7301, "ciao");

        assertThat(post(SECRET, update).status()).isEqualTo(200);
        awaitMessages(7301, 1);
        assertThat(post(SECRET, update).status()).isEqualTo(200);

        assertThat(outboxRowsOf(7301)).isEqualTo(1);
        assertThat(BOT_API.messagesTo(7301)).hasSize(1);
        assertThat(heard.said).filteredOn(said -> said.from().userId().equals("7301")).hasSize(1);
    }

    @Test
    void aTappedButtonIsAcknowledgedAndItsDataReachesTheAssistant() {
        InProcessLinking.link(app, new ChatAddress(Channel.TELEGRAM, "7401"), "giulia.rossi", Language.IT);
        awaitMessages(7401, 1); // the welcome

        assertThat(post(SECRET, callback(900401, 7401, "cbq-7401", "INTENT:balance")).status()).isEqualTo(200);

        assertThat(BOT_API.calls("answerCallbackQuery")).extracting(call -> call.parameters().toString())
                .contains("{\"callback_query_id\":\"cbq-7401\"}");
        CustomerSaid said = heard.from(7401);
        assertThat(said.text()).isEqualTo("Saldo");
        assertThat(said.payload()).isEqualTo("INTENT:balance");
        assertThat(said.messageId()).isEqualTo("telegram:900401");
        String balance = accounts.accountsOf(TestGrant.balances(new CustomerId("giulia.rossi"))).get(0).balance()
                .format(Language.IT);
        assertThat(awaitMessages(7401, 2).get(1).text()).isEqualTo("Il saldo del conto IT60 •••• 3456 è " + balance + ".");
    }

    @Test
    void aTapTelegramWillNotLetUsAcknowledgeStillCounts() {
        BOT_API.answerCallback("cbq-7402", FakeBotApi.refusal(400, "Bad Request: query is too old and response timeout expired", ""));

        assertThat(post(SECRET, callback(900402, 7402, "cbq-7402", "INTENT:help")).status()).isEqualTo(200);

        assertThat(BOT_API.calls("answerCallbackQuery")).extracting(call -> call.parameters().toString())
                .contains("{\"callback_query_id\":\"cbq-7402\"}");
        assertThat(heard.from(7402).payload()).isEqualTo("INTENT:help");
        assertThat(heard.from(7402).text()).isEqualTo("INTENT:help"); // no such button in the message: the data itself
    }

    @Test
    void aSharedLocationReachesTheAssistantAsAPayload() {
        assertThat(post(SECRET, location(900501, 7501, "48.8675", "2.3634")).status()).isEqualTo(200);

        CustomerSaid said = heard.from(7501);
        assertThat(said.payload()).isEqualTo("LOCATION:48.8675,2.3634");
        assertThat(said.text()).isEqualTo("LOCATION:48.8675,2.3634");
    }

    /** Telegram asks for the location with its own keyboard button, which sends the location back as a message. */
    @Test
    void askedForTheNearestAtmTheCustomerGetsTelegramsLocationButton() {
        post(SECRET, text(900511, 7511, "dov'è il bancomat più vicino?"));

        Call ask = awaitMessages(7511, 1).get(0);
        assertThat(ask.text()).isEqualTo(messages.getMessage("assistant.atm.ask-position", null, Language.IT.locale()));
        assertThat(ask.parameters().get("reply_markup").toString()).isEqualTo("{\"keyboard\":[[{\"text\":\"📍 Invia posizione\","
                + "\"request_location\":true}]],\"one_time_keyboard\":true,\"resize_keyboard\":true}");
        assertThat(ask.buttons()).isEmpty();
    }

    @Test
    void theWebChatsShareLocationButtonIsLeftOutAndTheOtherButtonsStay() {
        long chatId = 7521;

        app.publishEvent(new MessageToSend("test:share-location:" + chatId, new ChatAddress(Channel.TELEGRAM, String.valueOf(chatId)),
                Language.IT, Purpose.REPLY, "Dove ti trovi?", List.of(QuickReply.shareLocation("📍 Invia posizione"),
                        new QuickReply("Saldo", "INTENT:balance")), clock.instant()));

        Call sent = awaitMessages(chatId, 1).get(0);
        assertThat(sent.text()).isEqualTo("Dove ti trovi?");
        assertThat(sent.buttons()).extracting(b -> b.get("text").asString() + "=" + b.get("callback_data").asString())
                .containsExactly("Saldo=INTENT:balance");
    }

    @Test
    void groupChatsAreIgnored() {
        String update = """
                {"update_id": 900601,
                 "message": {"message_id": 44, "date": 1763456400, "text": "saldo",
                   "from": {"id": 7001, "is_bot": false, "first_name": "Giulia"},
                   "chat": {"id": -1007601, "type": "group", "title": "Famiglia"}}}""";

        assertThat(post(SECRET, update).status()).isEqualTo(200);

        assertThat(inboundRecorded(900601)).isFalse();
        assertThat(heard.said).noneMatch(said -> said.from().userId().equals("-1007601"));
    }

    @Test
    void aWrongSecretIsRefusedAndNothingIsRecorded() {
        Response refused = post("not-the-secret", text(900701, 7701, "saldo"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/telegram-secret-mismatch");
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("the X-Telegram-Bot-Api-Secret-Token header does not match sportello.telegram.secret-token");
        assertThat(inboundRecorded(900701)).isFalse();
        assertThat(outboxRowsOf(7701)).isZero();
    }

    @Test
    void aMissingSecretIsRefused() {
        Response refused = post(null, text(900801, 7801, "saldo"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/telegram-secret-missing");
        assertThat(refused.json().get("detail").asString()).isEqualTo("the X-Telegram-Bot-Api-Secret-Token header is missing:"
                + " Telegram sends it with every update once the webhook is set with secret_token");
        assertThat(inboundRecorded(900801)).isFalse();
    }

    @Test
    void malformedJsonIsRefused() {
        Response refused = post(SECRET, "{\"update_id\": 900901, \"message\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/malformed-json");
        assertThat(refused.json().get("detail").asString()).startsWith("malformed JSON at line 1, column ");
    }

    @Test
    void anUpdateWithoutAnIdIsRefused() {
        Response refused = post(SECRET, "{\"message\": {\"text\": \"saldo\"}}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("not a Telegram update Sportello can read: update_id must be an integer");
        assertThat(refused.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/update_id");
    }

    @Test
    void aRateLimitedMessageIsSentOnceTelegramsWaitIsOver() {
        BOT_API.answer(8101, FakeBotApi.refusal(429, "Too Many Requests: retry after 5", ", \"parameters\": {\"retry_after\": 5}"));

        post(SECRET, text(901001, 8101, "ciao"));

        assertThat(awaitOutbox(8101, "PENDING", 1)).isEqualTo(new OutboxRow("PENDING", 1, "429 Too Many Requests: retry after 5",
                OffsetDateTime.parse(SportelloIntegrationTest.NOW).plusSeconds(5)));
        clock.advance(Duration.ofSeconds(5));
        assertThat(awaitOutbox(8101, "SENT", 2).lastError()).isNull();
        assertThat(BOT_API.messagesTo(8101)).extracting(Call::text).containsExactly(INTRO, INTRO);
    }

    @Test
    void aTimeoutIsRetriedAndItsReasonHoldsNoToken() {
        BOT_API.answer(8201, new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS).body("{\"ok\": true}").build());

        post(SECRET, text(901101, 8201, "ciao"));

        assertThat(awaitOutbox(8201, "PENDING", 1).lastError())
                .isEqualTo("the Bot API did not answer within 1000 ms");
        clock.advance(Duration.ofSeconds(1));
        awaitOutbox(8201, "SENT", 2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            8301 | 403 | Forbidden: bot was blocked by the user
            8302 | 400 | Bad Request: chat not found
            8303 | 401 | Unauthorized""")
    void whatTelegramRefusesForGoodIsRecordedAsFailedAndNotRetried(long chatId, int code, String description) {
        BOT_API.answer(chatId, FakeBotApi.refusal(code, description, ""));

        post(SECRET, text(900000 + chatId, chatId, "ciao"));

        assertThat(awaitOutbox(chatId, "FAILED", 1).lastError()).isEqualTo(code + " " + description);
        assertThat(BOT_API.messagesTo(chatId)).hasSize(1);
    }

    @Test
    void aChartGoesAsTheTextThenThePhotoCaptionedWithItsDescription() {
        long chatId = 8401;
        String alt = "Spese di ottobre: spesa alimentare 412,35 €, ristoranti 86,00 €.";
        // A 1×1 PNG: the channel only passes the reference on.
        Picture chart = pictures.keep(org.sportello.testing.TestPictures.onePixelPng(), alt);

        app.publishEvent(new MessageToSend("test:chart:" + chatId, new ChatAddress(Channel.TELEGRAM, String.valueOf(chatId)),
                Language.IT, Purpose.NOTIFICATION, "Ecco dove sono andati i tuoi soldi a ottobre.", List.of(), clock.instant())
                .withPicture(chart));

        List<Call> calls = await().atMost(Duration.ofSeconds(5)).until(() -> BOT_API.callsFor(chatId), sent -> sent.size() >= 2);
        assertThat(calls).extracting(Call::method).containsExactly("sendMessage", "sendPhoto");
        assertThat(calls.get(0).text()).isEqualTo("Ecco dove sono andati i tuoi soldi a ottobre.");
        JsonNode photo = calls.get(1).parameters();
        assertThat(photo.propertyNames()).containsExactly("chat_id", "photo", "caption");
        assertThat(photo.get("chat_id").asLong()).isEqualTo(chatId);
        assertThat(photo.get("photo").asString()).isEqualTo(PUBLIC_URL + "/api/v1/images/" + chart.id() + ".png");
        assertThat(photo.get("caption").asString()).isEqualTo(alt);
        await().until(() -> jdbc.sql("SELECT message_id, status FROM notify_outbox WHERE channel = 'TELEGRAM' AND chat_user_id = '8401'"
                        + " ORDER BY seq").query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).list(),
                List.of("test:chart:8401 SENT", "test:chart:8401:picture SENT")::equals);
    }

    // --- the webhook's side

    Response post(String secret, String update) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/webhooks/telegram"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(update));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build());
    }

    // --- what the gateway recorded

    List<Call> awaitMessages(long chatId, int count) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> BOT_API.messagesTo(chatId), calls -> calls.size() >= count);
    }

    record OutboxRow(String status, int attempts, String lastError, OffsetDateTime nextAttemptAt) {
    }

    /** The chat's one outbox message, once it has this status after this many attempts. */
    OutboxRow awaitOutbox(long chatId, String status, int attempts) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> outboxOf(chatId), row -> row.isPresent()
                && row.get().status().equals(status) && row.get().attempts() == attempts).orElseThrow();
    }

    Optional<OutboxRow> outboxOf(long chatId) {
        return jdbc.sql("SELECT status, attempts, last_error, next_attempt_at FROM notify_outbox WHERE channel = 'TELEGRAM'"
                        + " AND chat_user_id = :chat")
                .param("chat", String.valueOf(chatId))
                .query((rs, row) -> new OutboxRow(rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getObject("next_attempt_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)))
                .optional();
    }

    long outboxRowsOf(long chatId) {
        return jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE channel = 'TELEGRAM' AND chat_user_id = :chat")
                .param("chat", String.valueOf(chatId)).query(Long.class).single();
    }

    boolean inboundRecorded(long updateId) {
        return jdbc.sql("SELECT COUNT(*) FROM channel_inbound WHERE message_id = :id").param("id", "telegram:" + updateId)
                .query(Long.class).single() > 0;
    }
}
