package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.consent.AuditLog;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The admin API: operators only; consents listed and revoked; data exported and erased on request. */
@SportelloIntegrationTest
class DataRightsTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    HttpTestClient http;

    @BeforeEach
    void browser() {
        http = new HttpTestClient(port);
    }

    Response admin(String method, String path) {
        return http.as(SportelloIntegrationTest.OPERATOR, SportelloIntegrationTest.OPERATOR_PASSWORD,
                HttpRequest.newBuilder(http.uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void theAdminApiWantsAnOperator() {
        Response anonymous = http.get("/api/v1/admin/customers/emma.clarke/consents");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(anonymous.json().get("title").asString()).isEqualTo("Operator credentials required");
        Response wrong = http.as(SportelloIntegrationTest.OPERATOR, "guess",
                HttpRequest.newBuilder(http.uri("/api/v1/admin/customers/emma.clarke/consents")).GET());
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void revokingAnUnknownOrEndedConsentIsRefused() {
        Response unknown = admin("POST", "/api/v1/admin/consents/no-such-consent/revoke");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("no consent has id 'no-such-consent'");

        new BankLinking(http).link("en", "emma.clarke");
        String id = admin("GET", "/api/v1/admin/customers/emma.clarke/consents").json().get(0).get("id").asString();
        assertThat(admin("POST", "/api/v1/admin/consents/" + id + "/revoke").status()).isEqualTo(200);
        Response again = admin("POST", "/api/v1/admin/consents/" + id + "/revoke");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString())
                .isEqualTo("consent '" + id + "' is REVOKED; only an AUTHORISED consent can be revoked");
    }

    @Test
    void aCustomersExportHoldsTheirBankDataConsentsChatsAndAccessesButNoSecret() {
        new BankLinking(http).link("en", "james.walker");
        http.postJson("/api/v1/webchat/messages", "{\"text\": \"what's my balance?\"}");
        await().untilAsserted(() -> assertThat(http.get("/api/v1/webchat/messages").body()).contains("IT31 •••• 0455"));

        Response export = admin("GET", "/api/v1/admin/customers/james.walker/export");
        assertThat(export.status()).isEqualTo(200);
        JsonNode body = export.json();
        assertThat(body.get("bank").get("username").asString()).isEqualTo("james.walker");
        assertThat(body.get("bank").get("accounts").get(0).get("iban").asString()).isEqualTo("IT31S0542803200000000690455");
        assertThat(body.get("bank").get("transactions").size()).isGreaterThan(1_000);
        assertThat(body.get("consents").get(0).get("status").asString()).isEqualTo("AUTHORISED");
        assertThat(body.get("chats").get(0).get("messages").valueStream().map(m -> m.get("text").asString()))
                .contains("what's my balance?").anyMatch(text -> text.contains("IT31 •••• 0455"));
        assertThat(body.get("audit").valueStream().map(entry -> entry.get("kind").asString()))
                .contains("LINK_AUTHORISED", "DATA_READ", "DATA_EXPORTED");
        assertThat(export.body()).doesNotContain("password_hash").doesNotContain("{bcrypt}").doesNotContain("$2a$").doesNotContain("sportello_chat")
                .doesNotContain(http.cookie("sportello_chat"));
    }

    @Test
    void erasingAChatRemovesItsConversationAndLinksAndKeepsTheAuditChainIntact() {
        new BankLinking(http).link("it", "marco.esposito");
        String chatUser = http.cookie("sportello_chat");
        Response before = admin("GET", "/api/v1/admin/chats/web/" + chatUser + "/export");
        assertThat(before.json().get("messages").size()).isGreaterThanOrEqualTo(2);
        assertThat(before.json().get("consents").size()).isEqualTo(1);

        Response erased = admin("DELETE", "/api/v1/admin/chats/web/" + chatUser);
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("consentsErased").asInt()).isEqualTo(1);
        assertThat(erased.json().get("messagesErased").asInt()).isGreaterThanOrEqualTo(2);

        Response after = admin("GET", "/api/v1/admin/chats/web/" + chatUser + "/export");
        assertThat(after.json().get("messages").size()).isZero();
        assertThat(after.json().get("consents").size()).isZero();
        assertThat(http.get("/api/v1/webchat/session").json().get("linked").asBoolean()).isFalse();
        AuditLog.Verification chain = audit.verify(entries -> { });
        assertThat(chain.intact()).as(chain.reason()).isTrue();
    }

    @Test
    void anUnknownChannelIsNamed() {
        Response unknown = admin("GET", "/api/v1/admin/chats/fax/12345/export");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("unknown channel 'fax'; one of [web, messenger, telegram]");
    }
}
