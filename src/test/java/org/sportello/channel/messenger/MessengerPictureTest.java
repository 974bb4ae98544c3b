package org.sportello.channel.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.sportello.channel.messenger.FakeGraphApi.Call;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.Picture;
import org.sportello.notify.Pictures;
import org.sportello.notify.Purpose;
import org.sportello.notify.QuickReply;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A message with a chart reaches Messenger as its text, then an image attachment Meta fetches from this node. */
@SportelloIntegrationTest
class MessengerPictureTest extends MessengerChannelTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TEXT = "Ecco dove sono andati i tuoi soldi a ottobre.";
    static final String ALT = "Spese di ottobre: spesa alimentare 412,35 €, ristoranti 86,00 €.";
    /** A 1×1 PNG: the channel only passes the reference on. */
    static final byte[] PNG = org.sportello.testing.TestPictures.onePixelPng();

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Pictures pictures;

    /** A chart for {@code psid} into the outbox, as a spending answer sends it; returns the message's id. */
    String sendChart(String psid, Picture chart) {
        String id = "test:chart:" + psid;
        events.publishEvent(new MessageToSend(id, new ChatAddress(Channel.MESSENGER, psid), Language.IT, Purpose.NOTIFICATION, TEXT,
                List.of(new QuickReply("Mese scorso", "PERIOD:LAST_MONTH")), now()).withPicture(chart));
        return id;
    }

    String status(String messageId) {
        return jdbc.sql("SELECT status FROM notify_outbox WHERE message_id = :id").param("id", messageId).query(String.class).single();
    }

    String lastError(String messageId) {
        return jdbc.sql("SELECT last_error FROM notify_outbox WHERE message_id = :id").param("id", messageId).query(String.class)
                .single();
    }

    @Test
    void theTextGoesFirstThenTheImageByItsPublicAddress() {
        String psid = newPsid();
        Picture chart = pictures.keep(PNG, ALT);

        String id = sendChart(psid, chart);

        List<Call> sent = awaitSent(psid, 2);
        assertThat(sent.get(0).message()).isEqualTo(JSON.readTree("""
                {"text": "%s", "quick_replies": [{"content_type": "text", "title": "Mese scorso", "payload": "PERIOD:LAST_MONTH"}]}"""
                .formatted(TEXT)));
        JsonNode image = JSON.readTree("""
                {"attachment": {"type": "image", "payload": {"url": "http://localhost:8080/api/v1/images/%s.png", "is_reusable": false}}}"""
                .formatted(chart.id()));
        assertThat(sent.get(1).message()).isEqualTo(image);
        assertThat(sent).extracting(Call::messagingType).containsExactly("MESSAGE_TAG ACCOUNT_UPDATE", "MESSAGE_TAG ACCOUNT_UPDATE");
        await().until(() -> List.of(status(id), status(id + ":picture")), List.of("SENT", "SENT")::equals);
    }

    @Test
    void anImageMetaRefusesFailsOnItsOwnAndTheTextIsNotSentAgain() {
        String psid = newPsid();
        MockResponse textAccepted = new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"recipient_id\": \"" + psid + "\", \"message_id\": \"m_text\"}").build();
        GRAPH.answer(psid, textAccepted, FakeGraphApi.error(400, 100, 2018008, "(#100) Failed to fetch the file from the url"));

        String id = sendChart(psid, pictures.keep(PNG, ALT));

        await().until(() -> status(id + ":picture"), "FAILED"::equals);
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(lastError(id + ":picture"))
                .isEqualTo("Messenger error 100 (subcode 2018008): (#100) Failed to fetch the file from the url");
        assertThat(GRAPH.callsFor(psid)).extracting(call -> call.message().has("text")).containsExactly(true, false);
    }
}
