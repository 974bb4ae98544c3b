package org.sportello.assistant.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sportello.shared.Money;

class EntityTest {

    @Test
    void aPeriodEndsAfterItStartsAndLastsAtMostTenYears() {
        LocalDate day = LocalDate.of(2026, 11, 29);

        assertThat(new DatePeriod(day, day.plusDays(1)).days()).isEqualTo(1);
        assertThatThrownBy(() -> new DatePeriod(day, day))
                .hasMessage("period must end after it starts and last at most 3660 days: 2026-11-29 to 2026-11-29");
        assertThatThrownBy(() -> new DatePeriod(day, day.plusDays(3_661)))
                .hasMessage("period must end after it starts and last at most 3660 days: 2026-11-29 to 2036-12-07");
    }

    @Test
    void anAmountIsAtItsCurrencysScaleAndConvertsToMoney() {
        MoneyAmount amount = MoneyAmount.of("20.5", "EUR");

        assertThat(amount.value()).isEqualTo(new BigDecimal("20.50"));
        assertThat(amount.money()).isEqualTo(Money.eur("20.50"));
        assertThat(amount.json()).containsExactly(Map.entry("value", "20.50"), Map.entry("currency", "EUR"));
        assertThatThrownBy(() -> new MoneyAmount(new BigDecimal("20.5"), Currency.getInstance("EUR")))
                .hasMessage("amount 20.5 must have 2 decimals for EUR");
        assertThatThrownBy(() -> MoneyAmount.of("-1", "EUR")).hasMessage("amount -1.00 must be between 0 and 1000000000000");
    }

    @Test
    void aCardIsNamedByItsLastFourDigitsOrItsKind() {
        assertThat(new CardReference(Optional.of("1234"), Optional.of(CardReference.Kind.CREDIT)).json())
                .containsExactly(Map.entry("last4", "1234"), Map.entry("type", "credit"));
        assertThat(CardReference.ofKind(CardReference.Kind.PREPAID).json()).containsExactly(Map.entry("type", "prepaid"));
        assertThatThrownBy(() -> new CardReference(Optional.empty(), Optional.empty()))
                .hasMessage("a card reference needs the last four digits or the kind");
        assertThatThrownBy(() -> CardReference.endingWith("4111111111111111"))
                .hasMessage("last4 must be four digits, got '4111111111111111'");
    }

    @Test
    void anEntityQuotesExactlyItsSpan() {
        Entity entity = new Entity(new CategoryCode("TRAVEL"), "viaggi", 4, 10);

        assertThat(entity.type()).isEqualTo(EntityType.CATEGORY);
        assertThat(entity.length()).isEqualTo(6);
        assertThat(entity.json()).containsExactly(Map.entry("type", "category"), Map.entry("value", "TRAVEL"),
                Map.entry("text", "viaggi"), Map.entry("start", 4), Map.entry("end", 10));
        assertThatThrownBy(() -> new Entity(new CategoryCode("TRAVEL"), "viaggi", 4, 9))
                .hasMessage("span [4, 9) does not hold 'viaggi'");
        assertThatThrownBy(() -> new CategoryCode("travel"))
                .hasMessage("category code must be upper-case letters, digits and _, got 'travel'");
    }

    @Test
    void theLongerEntityWinsThenTheMoreSpecificKind() {
        Entity card = new Entity(CardReference.ofKind(CardReference.Kind.DEBIT), "bancomat", 8, 16);
        Entity category = new Entity(new CategoryCode("TRANSFER_OUT_WITHDRAWAL"), "bancomat", 8, 16);
        Entity longer = new Entity(new CategoryCode("TRANSFER_OUT_WITHDRAWAL"), "prelievi al bancomat", 0, 20);

        assertThat(NonOverlapping.select(List.of(category, card))).containsExactly(card);
        assertThat(NonOverlapping.select(List.of(card, longer))).containsExactly(longer);
    }
}
