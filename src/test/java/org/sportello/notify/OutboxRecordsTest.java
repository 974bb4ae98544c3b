package org.sportello.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.notify.application.OutboxStore;
import org.sportello.notify.domain.OutboxMessage;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The outbox's copies of what was sent to a platform chat are part of that chat's data: its export
 * lists them, its erasure deletes them, pending ones included; the retention sweep reads them in
 * the order they were written.
 */
@SportelloIntegrationTest
class OutboxRecordsTest {

    @LocalServerPort
    int port;

    @Autowired
    OutboxStore store;

    @Autowired
    OutboxRecords records;

    ChatAddress chat;

    @BeforeEach
    void threeMessages() {
        chat = new ChatAddress(Channel.TELEGRAM, "77" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        Instant at = Instant.parse(SportelloIntegrationTest.NOW);
        store.inbound(chat, at);
        store.addAllIfAbsent(List.of(message("sent", "💳 Hai pagato 12,00 € presso Bar Brera.", OutboxMessage.Status.SENT, at, at),
                message("held", "🧾 Ricevuta Amazon, ordine 1.", OutboxMessage.Status.HELD, at, at),
                // Due in a year: the dispatcher leaves it alone while the test looks.
                message("pending", "📦 Spedito con BRT.", OutboxMessage.Status.PENDING, at, at.plusSeconds(365L * 24 * 3600))));
    }

    OutboxMessage message(String id, String text, OutboxMessage.Status status, Instant createdAt, Instant due) {
        return new OutboxMessage(0, id + ":" + chat.userId(), chat, Language.IT, Purpose.NOTIFICATION, text, List.of(), null, null,
                status, 0, due, null, createdAt);
    }

    @Test
    void theChatsExportListsItsMessagesOldestFirst() {
        assertThat(store.lastInbound(chat)).isPresent();
        assertThat(records.of(chat)).extracting(OutboxRecords.Line::status, OutboxRecords.Line::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SENT", "💳 Hai pagato 12,00 € presso Bar Brera."),
                org.assertj.core.groups.Tuple.tuple("HELD", "🧾 Ricevuta Amazon, ordine 1."),
                org.assertj.core.groups.Tuple.tuple("PENDING", "📦 Spedito con BRT."));

        Response export = new HttpTestClient(port).as(SportelloIntegrationTest.OPERATOR, SportelloIntegrationTest.OPERATOR_PASSWORD,
                HttpRequest.newBuilder(new HttpTestClient(port).uri("/api/v1/admin/chats/telegram/" + chat.userId() + "/export")).GET());
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.json().get("messages").valueStream().map(line -> line.get("text").asString()))
                .containsExactly("💳 Hai pagato 12,00 € presso Bar Brera.", "🧾 Ricevuta Amazon, ordine 1.", "📦 Spedito con BRT.");
    }

    @Test
    void erasingTheChatDeletesEveryMessagePendingOnesToo() {
        HttpTestClient operator = new HttpTestClient(port);
        Response erased = operator.as(SportelloIntegrationTest.OPERATOR, SportelloIntegrationTest.OPERATOR_PASSWORD,
                HttpRequest.newBuilder(operator.uri("/api/v1/admin/chats/telegram/" + chat.userId()))
                        .method("DELETE", HttpRequest.BodyPublishers.noBody()));
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("messagesErased").asInt()).isEqualTo(3);
        assertThat(records.of(chat)).isEmpty();
        assertThat(store.find("pending:" + chat.userId())).as("never sent now").isEmpty();
        assertThat(store.lastInbound(chat)).as("when the chat last wrote is its data too").isEmpty();
    }

    @Test
    void theSweepReadsMessagesInTheOrderTheyWereWrittenAndDeletesThoseItNames() {
        long first = store.find("sent:" + chat.userId()).orElseThrow().seq();
        List<OutboxStore.Head> heads = store.oldestAfter(first - 1, 3);
        assertThat(heads).extracting(OutboxStore.Head::status)
                .containsExactly(OutboxMessage.Status.SENT, OutboxMessage.Status.HELD, OutboxMessage.Status.PENDING);
        assertThat(heads.get(0).createdAt()).isEqualTo(Instant.parse(SportelloIntegrationTest.NOW));

        assertThat(store.deleteAll(List.of(first, first + 1_000_000_000L))).as("one of the two exists").isEqualTo(1);
        assertThat(records.of(chat)).extracting(OutboxRecords.Line::status).containsExactly("HELD", "PENDING");
    }
}
