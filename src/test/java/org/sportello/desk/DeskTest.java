package org.sportello.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.util.List;
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
 * A customer asks for a person in the web chat; an agent finds the conversation on the desk, reads
 * what the customer wrote since, answers into the chat and closes it.
 */
@SportelloIntegrationTest
class DeskTest {

    static final String DESK = "/api/v1/admin/desk/conversations";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.sportello.testing.TestClock clock;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    org.sportello.desk.application.Desk desk;

    HttpTestClient customer;
    HttpTestClient agent;
    String chatUser;

    @BeforeEach
    void customerAsksForAPerson() {
        customer = new HttpTestClient(port);
        new BankLinking(customer).link("it", "giulia.rossi");
        chatUser = customer.cookie("sportello_chat");
        agent = new HttpTestClient(port);
        say("voglio parlare con un operatore");
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith("Ti passo a un operatore della banca")));
    }

    @Test
    void theAgentReadsTheCustomerAnswersInTheChatAndCloses() {
        String id = await().until(this::openConversationOfThisChat, found -> found != null);
        assertThat(operator("GET", DESK + "/" + id, null).json().get("customerId").asString()).as("whom the agent helps")
                .isEqualTo("giulia.rossi");
        assertThat(lines(id)).first().as("the message that asked opens the conversation").satisfies(line ->
                assertThat(line.get("text").asString()).isEqualTo("voglio parlare con un operatore"));
        say("il bonifico di ieri non è arrivato, la mia carta è 4111 1111 1111 1111");
        await().untilAsserted(() -> assertThat(lines(id)).anyMatch(line -> line.get("author").asString().equals("CUSTOMER")
                && line.get("text").asString().startsWith("il bonifico di ieri non è arrivato")));
        JsonNode customerLine = lines(id).stream().filter(line -> line.get("text").asString().startsWith("il bonifico")).findFirst()
                .orElseThrow();
        assertThat(customerLine.get("text").asString()).as("redacted on arrival").doesNotContain("4111 1111 1111 1111");

        Response reply = operator("POST", DESK + "/" + id + "/replies", """
                {"text": "Buongiorno Giulia, lo verifico subito. La carta 4111 1111 1111 1111 non serve: non la scriva in chat. Il bonifico va a IT60 X054 2811 1010 0000 0123 456."}""");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("author").asString()).isEqualTo("AGENT");
        assertThat(reply.json().get("agent").asString()).isEqualTo(SportelloIntegrationTest.OPERATOR);
        await().untilAsserted(() -> assertThat(transcript()).anyMatch(text -> text.startsWith(
                "👤 Operatore della banca: Buongiorno Giulia, lo verifico subito.") && !text.contains("4111 1111 1111 1111")
                && text.endsWith("Il bonifico va a IT60 •••• 3456.")));

        Response closed = operator("POST", DESK + "/" + id + "/close", null);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("closedBy").asString()).isEqualTo(SportelloIntegrationTest.OPERATOR);
        await().untilAsserted(() -> assertThat(transcript()).contains(
                "L’operatore ha chiuso la conversazione. Se ti serve altro, scrivimi pure: sono di nuovo io, l’assistente."));
        assertThat(operator("POST", DESK + "/" + id + "/close", null).status()).as("closing again changes nothing").isEqualTo(200);
        assertThat(openConversationOfThisChat()).isNull();

        operator("POST", DESK + "/" + id + "/replies", "{\"text\": \"ancora qui?\"}").assertProblem(409, "conversation-closed",
                "conversation " + id + " is closed; the customer can ask for a person again in the chat");
    }

    @Test
    void aSecondRequestWhileOneIsOpenOpensNoOther() {
        String id = await().until(this::openConversationOfThisChat, found -> found != null);
        assertThat(meters.get("sportello.desk.waiting").gauge().value()).as("the bank's monitoring sees someone waiting")
                .isGreaterThanOrEqualTo(1.0);
        say("un operatore per favore");
        await().untilAsserted(() -> assertThat(transcript().stream().filter(text -> text.startsWith("Ti passo a un operatore"))).hasSize(2));
        await().untilAsserted(() -> assertThat(lines(id)).anyMatch(line -> line.get("text").asString().equals("un operatore per favore")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM desk_conversation WHERE chat_user_id = :user").param("user", chatUser)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theChatsExportHoldsItsConversationsWithAgentsAndItsErasureDeletesThem() {
        String id = await().until(this::openConversationOfThisChat, found -> found != null);
        say("mi richiami per favore");
        await().untilAsserted(() -> assertThat(lines(id)).isNotEmpty());
        assertThat(operator("POST", DESK + "/" + id + "/replies", "{\"text\": \"La richiamo entro un'ora.\"}").status()).isEqualTo(201);

        Response export = operator("GET", "/api/v1/admin/chats/web/" + chatUser + "/export", null);
        assertThat(export.json().get("agentConversations").valueStream().map(line -> line.get("author").asString() + ": "
                + line.get("text").asString())).containsExactly("CUSTOMER: voglio parlare con un operatore",
                "CUSTOMER: mi richiami per favore", "AGENT: La richiamo entro un'ora.");

        Response erased = operator("DELETE", "/api/v1/admin/chats/web/" + chatUser, null);
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(operator("GET", DESK + "/" + id, null).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM desk_message WHERE conversation_id = :id").param("id", id).query(Long.class).single())
                .isZero();
    }

    @Test
    void aClosedConversationIsForgottenAfterTheRetention() {
        String id = await().until(this::openConversationOfThisChat, found -> found != null);
        say("grazie, ho risolto");
        await().untilAsserted(() -> assertThat(lines(id)).isNotEmpty());
        assertThat(operator("POST", DESK + "/" + id + "/close", null).status()).isEqualTo(200);
        try {
            clock.advance(java.time.Duration.ofDays(89));
            desk.forgetClosed();
            assertThat(operator("GET", DESK + "/" + id, null).status()).as("89 days after closing").isEqualTo(200);
            clock.advance(java.time.Duration.ofDays(2));
            assertThat(desk.forgetClosed()).isGreaterThanOrEqualTo(1);
            assertThat(operator("GET", DESK + "/" + id, null).status()).isEqualTo(404);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM desk_message WHERE conversation_id = :id").param("id", id).query(Long.class).single())
                    .isZero();
        } finally {
            clock.reset();
        }
    }

    @Test
    void mistakesAreNamedAndOnlyOperatorsGetIn() {
        String id = await().until(this::openConversationOfThisChat, found -> found != null);
        operator("POST", DESK + "/" + id + "/replies", "{\"text\": \"   \"}").assertProblem(422, "invalid-reply",
                "text: an answer needs some text");
        operator("POST", DESK + "/" + id + "/replies", "{\"text\": \"" + "x".repeat(2_000) + "\"}").assertProblem(422, "invalid-reply",
                "text: at most 1974 characters, this answer has 2000");
        operator("GET", DESK + "/nope-123", null).assertProblem(404, "unknown-conversation",
                "no conversation nope-123; GET /api/v1/admin/desk/conversations lists the open ones");
        operator("GET", DESK + "?status=pending", null).assertProblem(422, "invalid-desk-request", "status: OPEN or CLOSED, got 'pending'");
        assertThat(agent.get(DESK).status()).as("no operator credentials").isEqualTo(401);
        assertThat(agent.get(DESK + "/" + id).body()).doesNotContain(chatUser);
        assertThat(operator("GET", DESK, null).body()).as("the web chat's id is the browser's credential").doesNotContain(chatUser);
    }

    private String openConversationOfThisChat() {
        return jdbc.sql("SELECT id FROM desk_conversation WHERE chat_user_id = :user AND status = 'OPEN'").param("user", chatUser)
                .query(String.class).optional().orElse(null);
    }

    private List<JsonNode> lines(String id) {
        Response conversation = operator("GET", DESK + "/" + id, null);
        assertThat(conversation.status()).as(conversation.body()).isEqualTo(200);
        return conversation.json().get("messages").valueStream().toList();
    }

    private Response operator(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(agent.uri(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return agent.as(SportelloIntegrationTest.OPERATOR, SportelloIntegrationTest.OPERATOR_PASSWORD, request);
    }

    private void say(String text) {
        assertThat(customer.postJson("/api/v1/webchat/messages", "{\"text\": \"" + text + "\"}").status()).isEqualTo(202);
    }

    private List<String> transcript() {
        return jdbc.sql("SELECT text FROM webchat_message WHERE chat_user_id = :user AND direction = 'OUT' ORDER BY seq")
                .param("user", chatUser).query(String.class).list();
    }
}
