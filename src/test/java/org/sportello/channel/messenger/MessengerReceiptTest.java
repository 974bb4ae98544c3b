package org.sportello.channel.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.channel.messenger.PageEvents.batchOf;
import static org.sportello.channel.messenger.PageEvents.text;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sportello.channel.messenger.FakeGraphApi.Call;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.InProcessLinking;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A merchant's order reaches a linked Messenger conversation as Messenger's own receipt template. */
@SportelloIntegrationTest
class MessengerReceiptTest extends MessengerChannelTest {

    static final String GIULIA_IBAN = "IT60X0542811101000000123456";
    /** 2026-11-18T10:20:00+01:00, the order's placedAt, in epoch seconds. */
    static final String PLACED_EPOCH_SECONDS = "1794993600";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext app;

    String order(String orderId, String recipientName) {
        return """
                {"orderId": "%s", "account": "%s", "card": {"brand": "VISA", "last4": "4821"},
                 "merchant": {"name": "Amazon"}, %s "currency": "EUR",
                 "items": [{"title": "Cuffie wireless", "quantity": 1, "price": "59.90"}],
                 "subtotal": "59.90", "shipping": "4.90", "tax": "0.00", "total": "64.80",
                 "placedAt": "2026-11-18T10:20:00+01:00"}"""
                .formatted(orderId, GIULIA_IBAN, recipientName == null ? "" : "\"recipientName\": \"" + recipientName + "\",");
    }

    /** The receipt template as /work/shared/protocols/messenger.md shows it. */
    static JsonNode receiptTemplate(String orderId) {
        return JSON.readTree("""
                {"attachment": {"type": "template", "payload": {"template_type": "receipt",
                   "recipient_name": "Giulia Rossi", "order_number": "%s", "currency": "EUR",
                   "payment_method": "Visa •••• 4821", "timestamp": "%s",
                   "elements": [{"title": "Cuffie wireless", "quantity": 1, "price": 59.90, "currency": "EUR"}],
                   "summary": {"subtotal": 59.90, "shipping_cost": 4.90, "total_tax": 0.00, "total_cost": 64.80}}}}"""
                .formatted(orderId, PLACED_EPOCH_SECONDS));
    }

    Call awaitReceipt(String psid) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> GRAPH.sentTo(psid).stream()
                .filter(call -> call.message().path("attachment").path("payload").path("template_type").asString("").equals("receipt"))
                .findFirst().orElse(null), call -> call != null);
    }

    void place(String body) {
        Response placed = http.postJson("/api/v1/orders", body);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    }

    @Test
    void outsideTheWindowALinkedPsidGetsTheReceiptTemplateTaggedPostPurchaseUpdate() {
        String psid = newPsid();
        InProcessLinking.link(app, new ChatAddress(Channel.MESSENGER, psid), "giulia.rossi", Language.IT);
        String orderId = "ORD-" + UUID.randomUUID().toString().substring(0, 8);

        place(order(orderId, "Giulia Rossi"));

        Call receipt = awaitReceipt(psid);
        assertThat(receipt.messagingType()).isEqualTo("MESSAGE_TAG POST_PURCHASE_UPDATE");
        assertThat(receipt.message()).isEqualTo(receiptTemplate(orderId));
        assertThat(receipt.message().path("attachment").path("payload").path("summary").path("total_cost").decimalValue())
                .isEqualByComparingTo("64.80");
    }

    @Test
    void insideTheWindowItIsAResponseAddressedToTheCustomerWhenTheMerchantNamedNoRecipient() {
        String psid = newPsid();
        InProcessLinking.link(app, new ChatAddress(Channel.MESSENGER, psid), "giulia.rossi", Language.IT);
        post(batchOf(text(psid, newMid(), "ciao", now())));
        awaitSent(psid, 2); // the welcome and the answer
        String orderId = "ORD-" + UUID.randomUUID().toString().substring(0, 8);

        place(order(orderId, null));

        Call receipt = awaitReceipt(psid);
        assertThat(receipt.messagingType()).isEqualTo("RESPONSE");
        assertThat(receipt.message()).isEqualTo(receiptTemplate(orderId));
    }
}
