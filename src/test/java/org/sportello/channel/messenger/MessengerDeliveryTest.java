package org.sportello.channel.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.channel.messenger.PageEvents.batchOf;
import static org.sportello.channel.messenger.PageEvents.text;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.sportello.channel.messenger.FakeGraphApi.Call;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.Purpose;
import org.sportello.notify.QuickReply;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.InProcessLinking;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/** Messages to Messenger through the Send API: the link button, the 24-hour window, and what Meta answers. */
@SportelloIntegrationTest
class MessengerDeliveryTest extends MessengerChannelTest {

    static final String GIULIA_IBAN = "IT60X0542811101000000123456";

    @Autowired
    ApplicationContext app;

    @Autowired
    ApplicationEventPublisher events;

    /** The question for a position is read from the bundle: its wording is being revised, the test checks it is the one sent. */
    @Autowired
    MessageSource messages;

    /** A message's row in the outbox. */
    record OutboxRow(String status, int attempts, Instant nextAttemptAt, String lastError) {
    }

    @Test
    void anUnlinkedPsidIsOfferedMessengersAccountLinkButton() {
        String psid = newPsid();

        post(batchOf(text(psid, newMid(), "quanto ho sul conto?", now())));

        Call offer = awaitSent(psid, 1).get(0);
        assertThat(offer.path()).isEqualTo("/v21.0/" + PageEvents.PAGE_ID + "/messages");
        assertThat(offer.accessToken()).isEqualTo(PAGE_TOKEN);
        assertThat(offer.messagingType()).isEqualTo("RESPONSE");
        assertThat(offer.body().has("tag")).isFalse();
        JsonNode attachment = offer.message().path("attachment");
        assertThat(attachment.path("type").asString()).isEqualTo("template");
        assertThat(attachment.path("payload").path("template_type").asString()).isEqualTo("button");
        assertThat(offer.text()).isEqualTo("Per risponderti devo poter vedere il tuo conto, ma questa chat non è collegata."
                + " Collegala dalla pagina della tua banca.");
        JsonNode buttons = attachment.path("payload").path("buttons");
        assertThat(buttons.size()).isEqualTo(1);
        assertThat(buttons.get(0).path("type").asString()).isEqualTo("account_link");
        assertThat(buttons.get(0).path("url").asString()).startsWith("http://localhost:8080/bank/link?state=")
                .endsWith("&code_challenge_method=S256&lang=it");
        assertThat(offer.quickReplies()).isEmpty();
    }

    @Test
    void aMessageWithTheLinkButtonBecomesAButtonTemplateWithoutTheOtherQuickReplies() {
        String psid = newPsid();
        String text = "Il tuo consenso scade tra poco. ".repeat(25).strip();

        events.publishEvent(new MessageToSend("test:" + psid, new ChatAddress(Channel.MESSENGER, psid), Language.IT, Purpose.ACCOUNT,
                text, List.of(QuickReply.linkAccount("Rinnova consenso"), new QuickReply("Saldo", "INTENT:balance")), now()));

        Call offer = awaitSent(psid, 1).get(0);
        assertThat(offer.text()).hasSize(640).isEqualTo(text.substring(0, 639) + "…");
        assertThat(offer.message().path("attachment").path("payload").path("buttons").valueStream()
                .map(button -> button.path("type").asString())).containsExactly("account_link");
        assertThat(offer.quickReplies()).isEmpty();
    }

    /** Messenger shares a location from its attachment menu and no longer has a location quick reply. */
    @Test
    void askedForTheNearestAtmTheCustomerIsToldHowToShareALocationWithoutTheWebChatsButton() {
        String psid = newPsid();

        post(batchOf(text(psid, newMid(), "where is the nearest ATM?", now())));

        Call ask = awaitSent(psid, 1).get(0);
        assertThat(ask.text()).isEqualTo(messages.getMessage("assistant.atm.ask-position", null, Language.EN.locale()));
        assertThat(ask.message().has("quick_replies")).as(ask.body().toString()).isFalse();
    }

    @Test
    void theWebChatsShareLocationButtonIsLeftOutAndTheOtherQuickRepliesStay() {
        String psid = newPsid();

        events.publishEvent(new MessageToSend("test:" + psid, new ChatAddress(Channel.MESSENGER, psid), Language.IT, Purpose.ACCOUNT,
                "Dove ti trovi?", List.of(QuickReply.shareLocation("📍 Invia posizione"), new QuickReply("Saldo", "INTENT:balance")), now()));

        Call sent = awaitSent(psid, 1).get(0);
        assertThat(sent.text()).isEqualTo("Dove ti trovi?");
        assertThat(sent.quickReplies()).containsExactly("text Saldo=INTENT:balance");
    }

    @Test
    void outsideTheWindowANotificationGoesOutTaggedAndAReplyIsHeld() {
        String psid = newPsid();
        InProcessLinking.link(app, new ChatAddress(Channel.MESSENGER, psid), "giulia.rossi", Language.IT);
        Instant wrote = now();
        post(batchOf(text(psid, newMid(), "grazie", wrote)));
        awaitSent(psid, 2); // the welcome and the answer

        clock.advance(Duration.ofHours(25));
        String merchant = "Esselunga " + UUID.randomUUID().toString().substring(0, 8);
        Response booked = http.postJson("/api/v1/transactions", """
                {"transactions": [{"id": "T-%s", "account": "%s", "amount": "42.50", "currency": "EUR", "direction": "DEBIT",
                  "bookedAt": "2026-11-19T11:14:31+01:00", "card": "4821",
                  "merchant": {"name": "%s", "mcc": "5411", "city": "Milano"}}]}""".formatted(UUID.randomUUID(), GIULIA_IBAN, merchant));
        assertThat(booked.status()).as(booked.body()).isEqualTo(200);

        Call notification = await().atMost(Duration.ofSeconds(10)).until(() -> GRAPH.sentTo(psid).stream()
                .filter(call -> call.text().contains(merchant)).findFirst().orElse(null), call -> call != null);
        assertThat(notification.messagingType()).isEqualTo("MESSAGE_TAG ACCOUNT_UPDATE");

        // A message written a day ago reaches the webhook only now: its answer may not go out.
        String late = newMid();
        post(batchOf(text(psid, late, "grazie ancora", wrote)));
        await().until(() -> outboxRow("reply:messenger:" + late), row -> row != null && row.status().equals("HELD"));
        assertThat(outboxRow("reply:messenger:" + late).lastError())
                .isEqualTo("outside Messenger's 24-hour window, and a REPLY may not be sent with a message tag");
        assertThat(GRAPH.callsFor(psid)).hasSize(3);
    }

    /** A person at the bank may answer on Messenger for 7 days after the customer last wrote, with the HUMAN_AGENT tag. */
    @Test
    void anAgentsAnswerGoesAsAResponseThenTaggedHumanAgentThenWaits() {
        String psid = newPsid();
        ChatAddress chat = new ChatAddress(Channel.MESSENGER, psid);
        InProcessLinking.link(app, chat, "giulia.rossi", Language.IT);
        post(batchOf(text(psid, newMid(), "voglio parlare con un operatore", now())));
        await().until(() -> GRAPH.sentTo(psid).stream().anyMatch(call -> call.text().startsWith("Ti passo a un operatore della banca")));
        org.sportello.desk.application.Desk desk = app.getBean(org.sportello.desk.application.Desk.class);
        String conversation = await().until(() -> desk.conversations(org.sportello.desk.domain.Conversation.Status.OPEN).stream()
                .filter(open -> open.chat().equals(chat)).map(org.sportello.desk.domain.Conversation::id).findFirst().orElse(null),
                id -> id != null);

        desk.reply(conversation, "operator", "Buongiorno, la aiuto io.");
        Call inside = await().until(() -> lastTo(psid, "Buongiorno, la aiuto io."), call -> call != null);
        assertThat(inside.text()).isEqualTo("👤 Operatore della banca: Buongiorno, la aiuto io.");
        assertThat(inside.messagingType()).isEqualTo("RESPONSE");

        clock.advance(Duration.ofDays(3));
        desk.reply(conversation, "operator", "Ho verificato: il bonifico è partito.");
        Call tagged = await().until(() -> lastTo(psid, "il bonifico è partito"), call -> call != null);
        assertThat(tagged.messagingType()).isEqualTo("MESSAGE_TAG HUMAN_AGENT");

        clock.advance(Duration.ofDays(5));
        org.sportello.desk.domain.DeskMessage late = desk.reply(conversation, "operator", "È ancora lì?");
        String lateId = "desk:" + conversation + ":" + late.seq();
        await().until(() -> outboxRow(lateId), row -> row != null && row.status().equals("HELD"));
        assertThat(outboxRow(lateId).lastError())
                .isEqualTo("more than 7 days after the customer last wrote on Messenger: an agent's answer waits for their next message");
    }

    private Call lastTo(String psid, String fragment) {
        return GRAPH.sentTo(psid).stream().filter(call -> call.text().contains(fragment)).reduce((first, second) -> second).orElse(null);
    }

    @Test
    void aFailingSendApiIsRetriedUntilEveryMessageArrivesOnceAndInOrder() {
        String psid = newPsid();
        MockResponse failure = FakeGraphApi.error(500, 2, null, "An unexpected error has occurred. Please retry your request later.");
        GRAPH.answer(psid, failure, failure, failure);

        List<String> ids = List.of(send(psid, "uno"), send(psid, "due"), send(psid, "tre"));

        // The test clock stands still: the retries fall due only as the test moves it on.
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            clock.advance(Duration.ofSeconds(1));
            return ids.stream().map(id -> outboxRow(id).status()).toList();
        }, statuses -> statuses.equals(List.of("SENT", "SENT", "SENT")));
        assertThat(GRAPH.sentTo(psid)).extracting(Call::text).containsExactly("uno", "due", "tre");
        assertThat(GRAPH.callsFor(psid)).extracting(Call::text).containsExactly("uno", "uno", "uno", "uno", "due", "tre");
        assertThat(ids).extracting(id -> outboxRow(id).attempts()).containsExactly(4, 1, 1);
    }

    @Test
    void aPersonWhoCannotBeReachedFailsForGoodWithMetasReason() {
        String psid = newPsid();
        GRAPH.answer(psid, FakeGraphApi.error(400, 551, 1545041, "(#551) This person isn't available right now."));

        String id = send(psid, "Il tuo conto è collegato.");

        await().until(() -> outboxRow(id).status(), "FAILED"::equals);
        assertThat(outboxRow(id)).extracting(OutboxRow::attempts, OutboxRow::lastError)
                .containsExactly(1, "Messenger error 551 (subcode 1545041): (#551) This person isn't available right now.");
        clock.advance(Duration.ofHours(1));
        assertThat(GRAPH.callsFor(psid)).hasSize(1);
    }

    @Test
    void aRateLimitedMessageWaitsAsLongAsRetryAfterSays() {
        String psid = newPsid();
        GRAPH.answer(psid, new MockResponse.Builder(FakeGraphApi.error(400, 613, null,
                "(#613) Calls to this api have exceeded the rate limit.")).setHeader("Retry-After", "120").build());

        String id = send(psid, "Saldo aggiornato.");

        await().until(() -> outboxRow(id).attempts(), attempts -> attempts == 1);
        assertThat(outboxRow(id)).isEqualTo(new OutboxRow("PENDING", 1, now().plusSeconds(120),
                "rate limited: Messenger error 613: (#613) Calls to this api have exceeded the rate limit."));
    }

    @Test
    void aSendApiThatDoesNotAnswerInTimeIsTriedAgainLater() {
        String psid = newPsid();
        GRAPH.answer(psid, new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).body("{}").build());

        String id = send(psid, "Saldo aggiornato.");

        await().atMost(Duration.ofSeconds(5)).until(() -> outboxRow(id).attempts(), attempts -> attempts == 1);
        assertThat(outboxRow(id)).extracting(OutboxRow::status, OutboxRow::lastError)
                .containsExactly("PENDING", "the Send API did not answer within 1000 ms");
    }

    /** A notification for {@code psid} into the outbox, as the notify module writes one; returns its id. */
    private String send(String psid, String text) {
        String id = "test:" + psid + ":" + text;
        events.publishEvent(new MessageToSend(id, new ChatAddress(Channel.MESSENGER, psid), Language.IT, Purpose.NOTIFICATION, text,
                List.of(), now()));
        return id;
    }

    private OutboxRow outboxRow(String messageId) {
        return jdbc.sql("SELECT status, attempts, next_attempt_at, last_error FROM notify_outbox WHERE message_id = :id")
                .param("id", messageId)
                .query((rs, row) -> new OutboxRow(rs.getString("status"), rs.getInt("attempts"),
                        rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(), rs.getString("last_error")))
                .optional().orElse(null);
    }
}
