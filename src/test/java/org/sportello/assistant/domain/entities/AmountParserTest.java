package org.sportello.assistant.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private final AmountParser parser = new AmountParser();

    @ParameterizedTest(name = "[{index}] \"{0}\" → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ho pagato 20 €                     | 20 €           | 20.00    | EUR
            ho pagato 20€ ieri                 | 20€            | 20.00    | EUR
            € 20,50 da Esselunga               | € 20,50        | 20.50    | EUR
            €20.5                              | €20.5          | 20.50    | EUR
            20 euro                            | 20 euro        | 20.00    | EUR
            20,50 euro                         | 20,50 euro     | 20.50    | EUR
            20 eur                             | 20 eur         | 20.00    | EUR
            pagato EUR 1.250,00                | EUR 1.250,00   | 1250.00  | EUR
            paid 1,250.00 EUR                  | 1,250.00 EUR   | 1250.00  | EUR
            1.250 euro                         | 1.250 euro     | 1250.00  | EUR
            1,250 euros                        | 1,250 euros    | 1250.00  | EUR
            20,505 euro                        | 20,505 euro    | 20505.00 | EUR
            EUR 1.000.000                      | EUR 1.000.000  | 1000000.00 | EUR
            it cost $15                        | $15            | 15.00    | USD
            15 dollars                         | 15 dollars     | 15.00    | USD
            15 dollari                         | 15 dollari     | 15.00    | USD
            USD 15.99                          | USD 15.99      | 15.99    | USD
            £ 10                               | £ 10           | 10.00    | GBP
            10 sterline                        | 10 sterline    | 10.00    | GBP
            10 pounds                          | 10 pounds      | 10.00    | GBP
            50 franchi svizzeri                | 50 franchi svizzeri | 50.00 | CHF
            mille euro                         | mille euro     | 1000.00  | EUR
            venti euro al bar                  | venti euro     | 20.00    | EUR
            twenty euros                       | twenty euros   | 20.00    | EUR
            avvisami sopra i 50                | 50             | 50.00    | EUR
            pagamenti oltre 100                | 100            | 100.00   | EUR
            più di 30,5                        | 30,5           | 30.50    | EUR
            sotto i 10                         | 10             | 10.00    | EUR
            payments over 50                   | 50             | 50.00    | EUR
            anything above 1,000               | 1,000          | 1000.00  | EUR
            less than 20.99                    | 20.99          | 20.99    | EUR
            at least 5                         | 5              | 5.00     | EUR
            sopra i 50 euro                    | 50 euro        | 50.00    | EUR
            """)
    void readsAnAmountAndItsCurrency(String message, String text, BigDecimal value, String currency) {
        assertThat(parser.find(message, EUR)).singleElement().satisfies(entity -> {
            assertThat(entity.text()).isEqualTo(text);
            assertThat(entity.start()).isEqualTo(message.indexOf(text));
            assertThat(entity.value()).isEqualTo(new MoneyAmount(value, Currency.getInstance(currency)));
        });
    }

    @Test
    void aThresholdWithoutCurrencyIsInTheDefaultCurrency() {
        assertThat(parser.find("over 50", Currency.getInstance("GBP")))
                .singleElement().extracting(Entity::value).isEqualTo(MoneyAmount.of("50", "GBP"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" has no amount")
    @CsvSource(delimiter = '|', textBlock = """
            la carta 1234
            carta che finisce con 1234
            ****1234 euro
            ottobre 2025
            nel 2025
            il 3/10
            3/10/2025 euro
            ho speso 50
            alle 10:30
            più di 3 giorni
            over 10 payments
            sopra il 50%
            1.250.00 euro
            0.500 euro
            IT60X0542811101000000123456
            transazione n. 12345
            2025-10-03 euro
            """)
    void findsNoAmountWhereThereIsNone(String message) {
        assertThat(parser.find(message, EUR)).isEmpty();
    }

    @Test
    void findsEveryAmountInOrder() {
        List<Entity> amounts = parser.find("tra 20 € e 1.250,00 euro, non sopra i 2000", EUR);

        assertThat(amounts).extracting(Entity::text).containsExactly("20 €", "1.250,00 euro", "2000");
        assertThat(amounts).extracting(Entity::value)
                .containsExactly(MoneyAmount.of("20", "EUR"), MoneyAmount.of("1250", "EUR"), MoneyAmount.of("2000", "EUR"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            20        | 20
            20,5      | 20.5
            20.50     | 20.50
            1.250     | 1250
            1,250     | 1250
            1.250,75  | 1250.75
            1,250.75  | 1250.75
            12.345.678,9 | 12345678.9
            """)
    void readsItalianAndEnglishNumbers(String written, BigDecimal value) {
        assertThat(AmountParser.number(written)).contains(value);
    }

    @ParameterizedTest
    @CsvSource({"'1.250.00'", "'1,250,00'", "'1.250,000'", "'0.500'", "'1.250,00.5'"})
    void refusesNumbersWhoseSeparatorsContradictEachOther(String written) {
        assertThat(AmountParser.number(written)).isEmpty();
    }
}
