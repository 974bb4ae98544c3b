package org.sportello.assistant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.shared.Language;

class InterpreterTest {

    @ParameterizedTest(name = "{0} → {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            saldo                                | BALANCE             | IT
            quanto ho sul conto?                 | BALANCE             | IT
            Qual è il mio saldo?                 | BALANCE             | IT
            quanti soldi ho                      | BALANCE             | IT
            what's my balance                    | BALANCE             | EN
            How much money do I have?            | BALANCE             | EN
            mostrami gli ultimi movimenti        | TRANSACTIONS_RECENT | IT
            show me my recent transactions       | TRANSACTIONS_RECENT | EN
            ciao                                 | GREETING            | IT
            hello there                          | GREETING            | EN
            grazie mille                         | THANKS              | IT
            thanks!                              | THANKS              | EN
            cosa puoi fare?                      | HELP                | IT
            what can you do                      | HELP                | EN
            ciao, qual è il saldo del mio conto? | BALANCE             | IT
            vorrei un mutuo per la casa          | OUT_OF_SCOPE        | IT
            I want a mortgage please             | OUT_OF_SCOPE        | EN
            """)
    void readsIntentAndLanguage(String text, Intent intent, Language language) {
        Understanding understanding = Interpreter.understand(text);

        assertThat(understanding.intent()).isEqualTo(intent);
        assertThat(understanding.language()).contains(language);
    }

    @ParameterizedTest
    @CsvSource({"ok", "👍", "12345"})
    void leavesTheLanguageOpenWhenTheTextDoesNotShowIt(String text) {
        assertThat(Interpreter.understand(text).language()).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"'Qual è il mio saldo?', qual e il mio saldo", "'  PERCHÉ   non   va?!', perche non va"})
    void foldsCaseAccentsAndPunctuation(String text, String folded) {
        assertThat(Interpreter.fold(text)).isEqualTo(folded);
    }
}
