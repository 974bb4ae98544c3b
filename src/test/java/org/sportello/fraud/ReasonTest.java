package org.sportello.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sportello.shared.Language;
import org.sportello.shared.Money;

/** Every reason reads as a sentence in both languages, with its figures written the language's way. */
class ReasonTest {

    static final Map<ReasonCode, Reason> EXAMPLES = examples();

    @Test
    void anAmountHighForTheCardReadsWithItsFigures() {
        Reason reason = EXAMPLES.get(ReasonCode.AMOUNT_HIGH_FOR_CARD);

        assertThat(text(reason, Language.EN)).isEqualTo("a €1,240.00 payment, 14 times this card’s usual amount of €88.57");
        assertThat(text(reason, Language.IT))
                .isEqualTo("un pagamento di 1.240,00\u00a0€, 14 volte l’importo abituale di questa carta (88,57\u00a0€)");
    }

    @Test
    void cardTestingSaysOneSmallPaymentInTheSingular() {
        assertThat(text(Reason.of(ReasonCode.CARD_TESTING, 1L, Money.eur("20.00"), 6L), Language.EN))
                .isEqualTo("a small payment of at most €20.00 in the last 6 hours, the way stolen cards are tried out");
        assertThat(text(EXAMPLES.get(ReasonCode.CARD_TESTING), Language.IT))
                .isEqualTo("3 pagamenti piccoli, al massimo 20,00\u00a0€, nelle ultime 6 ore: così si prova una carta rubata");
    }

    @Test
    void everyReasonReadsInBothLanguagesWithAllItsFigures() {
        for (Language language : Language.values()) {
            for (Reason reason : EXAMPLES.values()) {
                assertThat(text(reason, language)).as("%s in %s", reason.code(), language).doesNotContain("{").isNotBlank();
            }
        }
        assertThat(EXAMPLES).containsOnlyKeys(ReasonCode.values());
    }

    @Test
    void figuresAreMoneyNumbersOrWords() {
        assertThatThrownBy(() -> Reason.of(ReasonCode.NIGHT, 2.5))
                .hasMessage("NIGHT figure 2.5 is not Money, Long or String");
    }

    private static String text(Reason reason, Language language) {
        Properties bundle = load("i18n/messages_" + language.code() + ".properties");
        return new MessageFormat(bundle.getProperty(reason.messageKey()), language.locale()).format(reason.arguments(language));
    }

    private static Map<ReasonCode, Reason> examples() {
        Map<ReasonCode, Reason> examples = new EnumMap<>(ReasonCode.class);
        examples.put(ReasonCode.AMOUNT_HIGH_FOR_CARD, Reason.of(ReasonCode.AMOUNT_HIGH_FOR_CARD, Money.eur("1240.00"), 14L,
                Money.eur("88.57")));
        examples.put(ReasonCode.LARGE_AMOUNT, Reason.of(ReasonCode.LARGE_AMOUNT, Money.eur("300.00")));
        examples.put(ReasonCode.VELOCITY_1H, Reason.of(ReasonCode.VELOCITY_1H, 4L, 60L));
        examples.put(ReasonCode.VELOCITY_24H, Reason.of(ReasonCode.VELOCITY_24H, 6L, Money.eur("1830.20"), 24L));
        examples.put(ReasonCode.NEW_CATEGORY, Reason.of(ReasonCode.NEW_CATEGORY, "shopping_net"));
        examples.put(ReasonCode.CARD_TESTING, Reason.of(ReasonCode.CARD_TESTING, 3L, Money.eur("20.00"), 6L));
        examples.put(ReasonCode.NIGHT, Reason.of(ReasonCode.NIGHT, "02:41"));
        examples.put(ReasonCode.RISKY_MCC, Reason.of(ReasonCode.RISKY_MCC, "7995"));
        examples.put(ReasonCode.IMPOSSIBLE_TRAVEL, Reason.of(ReasonCode.IMPOSSIBLE_TRAVEL, 6_464L, 120L, 3_232L));
        examples.put(ReasonCode.FAR_FROM_HOME, Reason.of(ReasonCode.FAR_FROM_HOME, 6_464L));
        examples.put(ReasonCode.NEW_CARD, Reason.of(ReasonCode.NEW_CARD));
        return examples;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(ReasonTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return properties;
    }
}
