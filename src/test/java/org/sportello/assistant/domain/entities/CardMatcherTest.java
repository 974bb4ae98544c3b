package org.sportello.assistant.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardMatcherTest {

    private final CardMatcher matcher = new CardMatcher();

    @ParameterizedTest(name = "[{index}] \"{0}\" → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            spese con la carta che finisce con 1234       | la carta che finisce con 1234 | 1234 | -
            card ending 1234                              | card ending 1234              | 1234 | -
            my card ending in 5678                        | my card ending in 5678        | 5678 | -
            la carta 1234                                 | la carta 1234                 | 1234 | -
            la carta n. 1234                              | la carta n. 1234              | 1234 | -
            pagamenti su ****1234                         | ****1234                      | 1234 | -
            carta •••• 4444                               | carta •••• 4444               | 4444 | -
            quella che finisce con 9876                   | che finisce con 9876          | 9876 | -
            my credit card                                | my credit card                | -    | credit
            la carta di credito                           | la carta di credito           | -    | credit
            la mia carta di credito che finisce con 1234  | la mia carta di credito che finisce con 1234 | 1234 | credit
            debit card                                    | debit card                    | -    | debit
            carta di debito                               | carta di debito               | -    | debit
            ho pagato col bancomat                        | bancomat                      | -    | debit
            il mio bancomat                               | il mio bancomat               | -    | debit
            carta bancomat                                | carta bancomat                | -    | debit
            la prepagata                                  | la prepagata                  | -    | prepaid
            carta prepagata                               | carta prepagata               | -    | prepaid
            prepaid card ending 4321                      | prepaid card ending 4321      | 4321 | prepaid
            """)
    void findsTheCardByDigitsOrKind(String message, String text, String last4, String kind) {
        assertThat(matcher.find(message)).singleElement().satisfies(entity -> {
            assertThat(entity.text()).isEqualTo(text);
            assertThat(entity.start()).isEqualTo(message.indexOf(text));
            assertThat(entity.value().json()).isEqualTo(json(last4, kind));
        });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" names no card")
    @CsvSource(delimiter = '|', textBlock = """
            la mia carta
            May I see my card?
            prelievi al bancomat
            commissioni bancomat
            credito residuo
            il mio debito
            carta 12345
            ho speso 1234 euro
            """)
    void findsNoCardWhereThereIsNone(String message) {
        assertThat(matcher.find(message)).isEmpty();
    }

    private static Map<String, Object> json(String last4, String kind) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        if (last4 != null) {
            json.put("last4", last4);
        }
        if (kind != null) {
            json.put("type", kind);
        }
        return json;
    }

    @org.junit.jupiter.api.Test
    void findsEveryCardInOrder() {
        List<Entity> cards = matcher.find("non con la carta di credito ma con la 1234? anzi ****9999");

        assertThat(cards).extracting(Entity::text).containsExactly("la carta di credito", "****9999");
    }
}
