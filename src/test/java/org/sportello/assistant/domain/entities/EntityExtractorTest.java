package org.sportello.assistant.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sportello.assistant.domain.entities.Customers.NOVEMBER;
import static org.sportello.assistant.domain.entities.PeriodParserTest.period;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.shared.Language;

class EntityExtractorTest {

    static final EntityExtractor EXTRACTOR = new EntityExtractor(CategoryMatcherTest.TAXONOMY);

    static final CustomerContext GIULIA = CustomerContext.at(NOVEMBER)
            .withMerchants(List.of("McDonald's", "Esselunga", "Amazon", "Eni"))
            .withContacts(List.of("Giulia Bianchi", "Marco Rossi", "Domenico Russo"));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ho fatto la spesa da esselunga ieri per 80€        | CATEGORY spesa; MERCHANT esselunga; PERIOD ieri; AMOUNT 80€
            20 euro di benzina                                 | AMOUNT 20 euro; CATEGORY benzina
            ho speso 3 euro il 3/10                            | AMOUNT 3 euro; PERIOD il 3/10
            mostrami le spese da Amazon a maggio               | MERCHANT Amazon; PERIOD a maggio
            spesa totale di novembre                           | PERIOD di novembre
            transfers to Marco Rossi since January             | CATEGORY transfers; PAYEE Marco Rossi; PERIOD since January
            avvisami quando spendo più di 100 € con la prepagata | AMOUNT 100 €; CARD la prepagata
            this month vs last month                           | PERIOD this month; PERIOD last month
            alle 10:30 ho speso 5 euro                         | AMOUNT 5 euro
            ultimi 5 movimenti                                 | -
            """)
    void findsEachEntityOfAMessageOnce(String message, String expected) {
        String found = EXTRACTOR.extract(message, GIULIA).stream()
                .map(entity -> entity.type() + " " + entity.text())
                .reduce((first, second) -> first + "; " + second)
                .orElse("-");

        assertThat(found).isEqualTo(expected);
    }

    @Test
    void findsCategoryAndPeriodOfAnItalianQuestion() {
        assertThat(EXTRACTOR.extract("Quanto ho speso al supermercato a ottobre 2025?", GIULIA.inLanguage(Language.IT)))
                .extracting(Entity::type, Entity::text, Entity::start, Entity::end, Entity::value)
                .containsExactly(
                        tuple(EntityType.CATEGORY, "supermercato", 19, 31, new CategoryCode("FOOD_AND_DRINK_GROCERIES")),
                        tuple(EntityType.PERIOD, "a ottobre 2025", 32, 46, period("2025-10-01", "2025-11-01")));
    }

    @Test
    void findsAmountCardAndPeriodWithoutReadingTheCardsDigitsAsMoney() {
        String message = "pagamenti sopra i 50 euro con la carta che finisce con 1234 negli ultimi 30 giorni";

        assertThat(EXTRACTOR.extract(message, GIULIA.inLanguage(Language.IT)))
                .extracting(Entity::type, Entity::text, Entity::value)
                .containsExactly(
                        tuple(EntityType.AMOUNT, "50 euro", MoneyAmount.of("50", "EUR")),
                        tuple(EntityType.CARD, "la carta che finisce con 1234", CardReference.endingWith("1234")),
                        tuple(EntityType.PERIOD, "negli ultimi 30 giorni", period("2026-10-31", "2026-11-30")));
    }

    @Test
    void findsCategoryPeriodAndCardOfAnEnglishQuestion() {
        assertThat(EXTRACTOR.extract("how much did I spend eating out last month with my credit card?", GIULIA.inLanguage(Language.EN)))
                .extracting(Entity::type, Entity::text, Entity::value)
                .containsExactly(
                        tuple(EntityType.CATEGORY, "eating out", new CategoryCode("FOOD_AND_DRINK_RESTAURANT")),
                        tuple(EntityType.PERIOD, "last month", period("2026-10-01", "2026-11-01")),
                        tuple(EntityType.CARD, "my credit card", CardReference.ofKind(CardReference.Kind.CREDIT)));
    }

    @Test
    void findsMerchantsAndPayeesOfTheCustomer() {
        assertThat(EXTRACTOR.extract("spese da mcdonalds nel 2025 e 20 € a Giulia da lunedì", GIULIA))
                .extracting(Entity::type, Entity::text, Entity::value)
                .containsExactly(
                        tuple(EntityType.MERCHANT, "mcdonalds", new MerchantName("McDonald's")),
                        tuple(EntityType.PERIOD, "nel 2025", period("2025-01-01", "2026-01-01")),
                        tuple(EntityType.AMOUNT, "20 €", MoneyAmount.of("20", "EUR")),
                        tuple(EntityType.PAYEE, "Giulia", new PayeeName("Giulia Bianchi")),
                        tuple(EntityType.PERIOD, "da lunedì", period("2026-11-23", "2026-11-30")));
    }

    @Test
    void aYearInsideAPeriodAndACardsDigitsAreNoAmount() {
        assertThat(EXTRACTOR.extract("oltre ottobre 2025 con la carta 2025", GIULIA))
                .extracting(Entity::type, Entity::text)
                .containsExactly(tuple(EntityType.PERIOD, "ottobre 2025"), tuple(EntityType.CARD, "la carta 2025"));
    }

    @Test
    void bancomatIsTheCardWhenPaidWithAndTheCashMachineOtherwise() {
        assertThat(EXTRACTOR.extract("ho pagato col bancomat 20 € ieri", GIULIA))
                .extracting(Entity::type, Entity::text)
                .containsExactly(tuple(EntityType.CARD, "bancomat"), tuple(EntityType.AMOUNT, "20 €"),
                        tuple(EntityType.PERIOD, "ieri"));
        assertThat(EXTRACTOR.extract("prelievi al bancomat", GIULIA))
                .extracting(Entity::type, Entity::value)
                .containsExactly(tuple(EntityType.CATEGORY, new CategoryCode("TRANSFER_OUT_WITHDRAWAL")));
    }

    @Test
    void aDayOrAMonthWinsOverAContactWithANameLikeIt() {
        assertThat(EXTRACTOR.extract("domenica", GIULIA)).extracting(Entity::type).containsExactly(EntityType.PERIOD);
        assertThat(EXTRACTOR.extract("a marzo", GIULIA)).extracting(Entity::type).containsExactly(EntityType.PERIOD);
        assertThat(EXTRACTOR.extract("a Domenico", GIULIA)).extracting(Entity::value)
                .containsExactly(new PayeeName("Domenico Russo"));
    }

    @Test
    void offsetsAreStringIndicesOfTheOriginalMessageEvenAfterEmojiAndAccents() {
        String message = "😀 Perché ho speso 20 € al caffè già ieri?";

        assertThat(EXTRACTOR.extract(message, GIULIA))
                .extracting(Entity::type, Entity::text, Entity::start, Entity::end)
                .containsExactly(
                        tuple(EntityType.AMOUNT, "20 €", 19, 23),
                        tuple(EntityType.CATEGORY, "caffè", 27, 32),
                        tuple(EntityType.PERIOD, "ieri", 37, 41));
    }

    @Test
    void aDecomposedAccentStaysInTheQuotedText() {
        String message = "CAFFE\u0301 lunedi\u0300 scorso";

        assertThat(EXTRACTOR.extract(message, GIULIA))
                .extracting(Entity::text)
                .containsExactly("CAFFE\u0301", "lunedi\u0300 scorso");
    }

    @Test
    void writesEntitiesAsTheParseApiDoes() {
        List<Map<String, Object>> json = EXTRACTOR.extract("€ 20,50 ieri a Esselunga per la spesa con ****1234", GIULIA)
                .stream().map(Entity::json).toList();

        assertThat(json).containsExactly(
                Map.of("type", "amount", "value", Map.of("value", "20.50", "currency", "EUR"), "text", "€ 20,50", "start", 0, "end", 7),
                Map.of("type", "period", "value", Map.of("from", "2026-11-28", "to", "2026-11-29"), "text", "ieri", "start", 8, "end", 12),
                Map.of("type", "merchant", "value", "Esselunga", "text", "Esselunga", "start", 15, "end", 24),
                Map.of("type", "category", "value", "FOOD_AND_DRINK_GROCERIES", "text", "spesa", "start", 32, "end", 37),
                Map.of("type", "card", "value", Map.of("last4", "1234"), "text", "****1234", "start", 42, "end", 50));
        assertThat(json.get(0).keySet()).containsExactly("type", "value", "text", "start", "end");
    }

    @Test
    void readsOnlyTheFirstTwoThousandCharacters() {
        String padding = "x ".repeat(1_000);

        assertThat(EXTRACTOR.extract("ieri " + padding, GIULIA)).extracting(Entity::text).containsExactly("ieri");
        assertThat(EXTRACTOR.extract(padding + "ieri", GIULIA)).isEmpty();
    }

    @Test
    void findsNothingInAMessageWithoutEntities() {
        assertThat(EXTRACTOR.extract("ciao, qual è il mio saldo?", GIULIA)).isEmpty();
        assertThat(EXTRACTOR.extract("", GIULIA)).isEmpty();
    }
}
