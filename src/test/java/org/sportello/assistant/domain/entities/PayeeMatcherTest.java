package org.sportello.assistant.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayeeMatcherTest {

    static final List<String> CONTACTS = List.of("Giulia Bianchi", "Marco Rossi", "Marco Esposito", "Luca De Santis",
            "Anna", "Anna Maria Verdi", "Emma Clarke");

    private final PayeeMatcher matcher = new PayeeMatcher(CONTACTS);

    @ParameterizedTest(name = "[{index}] \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            manda 20 euro a Giulia                | Giulia            | Giulia Bianchi
            bonifico a giulia bianchi             | giulia bianchi    | Giulia Bianchi
            a Bianchi                             | Bianchi           | Giulia Bianchi
            soldi a Giula                         | Giula             | Giulia Bianchi
            send 10 euros to Emma                 | Emma              | Emma Clarke
            to emma clarke please                 | emma clarke       | Emma Clarke
            a Marco Rossi                         | Marco Rossi       | Marco Rossi
            pagato a Esposito                     | Esposito          | Marco Esposito
            a luca                                | luca              | Luca De Santis
            ad Anna                               | Anna              | Anna
            ad Anna Maria                         | Anna Maria        | Anna Maria Verdi
            """)
    void findsAContactByFullNameOrAnOwnName(String message, String text, String contact) {
        assertThat(matcher.find(message)).singleElement().satisfies(entity -> {
            assertThat(entity.text()).isEqualTo(text);
            assertThat(entity.start()).isEqualTo(message.indexOf(text));
            assertThat(entity.value()).isEqualTo(new PayeeName(contact));
        });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" names no contact")
    @CsvSource(delimiter = '|', textBlock = """
            manda 20 euro a Marco
            de
            la spesa
            """)
    void aNameTwoContactsShareNamesNeither(String message) {
        assertThat(matcher.find(message)).isEmpty();
    }
}
