package org.sportello.assistant.domain.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Qual è il mio SALDO?                  | qual e il mio saldo
            Perché la carta è bloccata?!          | perche la carta e bloccata
            Why don't I have my card yet?         | why dont i have my card yet
            What’s my balance                     | whats my balance
            I've been charged twice               | ive been charged twice
            dov'è l'estratto conto                | dov e l estratto conto
            c'è un bancomat qui vicino            | c e un bancomat qui vicino
            send   €20,50  to   Giulia!!          | send 20 50 to giulia
            '  '                                  | ''
            """)
    void foldsCaseAccentsAndPunctuation(String text, String normalised) {
        assertThat(TextNormaliser.normalise(text)).isEqualTo(normalised);
    }

    @Test
    void cutsAnOverlongMessageAtTheLimit() {
        String overlong = "saldo ".repeat(1_000);

        assertThat(TextNormaliser.normalise(overlong)).hasSizeLessThanOrEqualTo(TextNormaliser.TEXT_CHARS_MAX)
                .startsWith("saldo saldo");
    }

    @Test
    void dropsEmojiAndScriptsItDoesNotRead() {
        assertThat(TextNormaliser.normalise("👍 ok 💳")).isEqualTo("ok");
    }
}
