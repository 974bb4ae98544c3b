package org.sportello.assistant.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MerchantMatcherTest {

    static final List<String> HISTORY = List.of("McDonald's", "Esselunga", "Amazon", "Netflix", "Eni", "Unieuro",
            "Bar da Mario", "H&M", "Coop", "Carrefour Express");

    private final MerchantMatcher matcher = new MerchantMatcher(HISTORY);

    @ParameterizedTest(name = "[{index}] \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            quanto ho speso da McDonald's?        | McDonald's        | McDonald's
            quanto ho speso da mcdonalds          | mcdonalds         | McDonald's
            mc donalds ieri                       | mc donalds        | McDonald's
            Mc Donald’s                           | Mc Donald’s       | McDonald's
            mcdonals                              | mcdonals          | McDonald's
            spesa da ESSELUNGA                    | ESSELUNGA         | Esselunga
            esselunag                             | esselunag         | Esselunga
            eselunga                              | eselunga          | Esselunga
            ordini amzaon                         | amzaon            | Amazon
            amazon.it                             | amazon            | Amazon
            netflx                                | netflx            | Netflix
            pieno da eni                          | eni               | Eni
            da unieuro                            | unieuro           | Unieuro
            un caffè al bar da mario              | bar da mario      | Bar da Mario
            h&m                                   | h&m               | H&M
            carrefour express                     | carrefour express | Carrefour Express
            """)
    void findsAMerchantOfTheHistoryDespiteSpellingAndTypos(String message, String text, String merchant) {
        assertThat(matcher.find(message)).singleElement().satisfies(entity -> {
            assertThat(entity.text()).isEqualTo(text);
            assertThat(entity.start()).isEqualTo(message.indexOf(text));
            assertThat(entity.value()).isEqualTo(new MerchantName(merchant));
        });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" names no merchant")
    @CsvSource(delimiter = '|', textBlock = """
            un euro
            ho speso 20 euro
            copp
            ena
            con la carta
            il bar
            amazing
            """)
    void neverMatchesShortWordsOrArticlesFuzzily(String message) {
        assertThat(matcher.find(message)).isEmpty();
    }

    @Test
    void countsTyposOnlyInNamesLongEnoughAndWithTheFirstLetterRight() {
        assertThat(FuzzyNames.typos("esselunag", "esselunga")).isEqualTo(2);
        assertThat(FuzzyNames.typos("eselunga", "esselunga")).isEqualTo(1);
        assertThat(FuzzyNames.typos("amzaon", "amazon")).isEqualTo(1);
        assertThat(FuzzyNames.typos("donad", "conad")).isZero();
        assertThat(FuzzyNames.typos("copp", "coop")).isZero();
        assertThat(FuzzyNames.typos("amazonit", "amazon")).isZero();
    }

    @Test
    void refusesAHistoryLongerThanTheLimit() {
        List<String> tooMany = Collections.nCopies(FuzzyNames.NAMES_MAX + 1, "x");
        assertThatThrownBy(() -> CustomerContext.at(Customers.NOVEMBER).withMerchants(tooMany))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("knownMerchants (5001) and contacts (0) may hold at most 5000 names each");
    }
}
