package org.sportello.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;

/** Whoever writes a message, it never carries a whole IBAN. */
class MessageToSendTest {

    static MessageToSend saying(String text) {
        return new MessageToSend("m-1", new ChatAddress(Channel.TELEGRAM, "42"), Language.IT, Purpose.NOTIFICATION, text, List.of(),
                Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void aWholeIbanInTheTextGoesOutMasked() {
        assertThat(saying("Bonifico ricevuto da IT60 X054 2811 1010 0000 0123 456: 250,00 €.").text())
                .isEqualTo("Bonifico ricevuto da IT60 •••• 3456: 250,00 €.");
    }

    @Test
    void aTextWithoutAnIbanIsLeftAsItIs() {
        String tracking = "📦 Spedito con BRT, tracking 123456789012345678 (IT60 •••• 3456).";
        assertThat(saying(tracking).text()).isEqualTo(tracking);
    }
}
