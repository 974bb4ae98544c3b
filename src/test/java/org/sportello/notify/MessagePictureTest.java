package org.sportello.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.shared.Money;

/** A message's picture: a reference with its words, checked where it is made. */
class MessagePictureTest {

    static final ChatAddress GIULIA = ChatAddress.web("chat-user-giulia");
    static final Instant NOW = Instant.parse("2026-11-18T09:30:00Z");
    static final Picture CHART = new Picture("Zr3Kq9dQy1bX0aVw7hL2sA", "Ottobre: spesa alimentare 412,35 €, ristoranti 86,00 €.");

    static MessageToSend answer(String id) {
        return new MessageToSend(id, GIULIA, Language.IT, Purpose.REPLY, "Ecco le tue spese di ottobre.", List.of(), NOW);
    }

    @Test
    void theOldConstructorsMakeMessagesWithoutAPicture() {
        assertThat(answer("reply:1").picture()).isNull();
        assertThat(new MessageToSend("reply:1", GIULIA, Language.IT, Purpose.REPLY, "testo", List.of(), NOW, null, null).picture())
                .isNull();
    }

    @Test
    void aPictureIsServedAtItsPathAndTheMessageCarriesIt() {
        MessageToSend withChart = answer("reply:1").withPicture(CHART);

        assertThat(withChart.picture()).isEqualTo(CHART);
        assertThat(withChart.text()).isEqualTo("Ecco le tue spese di ottobre.");
        assertThat(CHART.path()).isEqualTo("/api/v1/images/Zr3Kq9dQy1bX0aVw7hL2sA.png");
    }

    @Test
    void refusesAPictureIdThatIsNotUrlSafeAndAnAltTextTooLongForACaption() {
        assertThatThrownBy(() -> new Picture("../secret", "grafico"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("picture id must be 1 to 64 letters, digits, '-' or '_'");
        assertThatThrownBy(() -> new Picture("abc", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("picture alt text must be 1 to 1000 characters, got 1");
        assertThatThrownBy(() -> new Picture("abc", "x".repeat(1_001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("picture alt text must be 1 to 1000 characters, got 1001");
        assertThat(new Picture("abc", "x".repeat(1_000)).altText()).hasSize(Picture.ALT_TEXT_CHARS_MAX);
    }

    @Test
    void leavesRoomInTheIdForThePicturesOwnDelivery() {
        assertThat(answer("r".repeat(192)).withPicture(CHART).messageId()).hasSize(192);
        assertThatThrownBy(() -> answer("r".repeat(193)).withPicture(CHART))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("messageId of a message with a picture must be 1 to 192 characters"
                        + " (the picture's id appends ':picture'), got 193");
    }

    @Test
    void carriesAReceiptOrAPictureNotBoth() {
        Receipt receipt = new Receipt("Giulia Rossi", "ORD-1", Currency.getInstance("EUR"), "Visa •••• 4821", NOW,
                List.of(new Receipt.Element("Cuffie", 1, Money.eur("59.90"))), null, null, null, Money.eur("59.90"));

        assertThatThrownBy(() -> new MessageToSend("order:1", GIULIA, Language.IT, Purpose.POST_PURCHASE, "Ricevuta", List.of(), NOW,
                null, receipt, CHART))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a message carries a receipt or a picture, not both");
    }
}
