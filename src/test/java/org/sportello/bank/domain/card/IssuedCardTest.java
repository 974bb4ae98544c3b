package org.sportello.bank.domain.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.sportello.bank.CardChange;
import org.sportello.bank.CardKind;
import org.sportello.bank.CardStatus;
import org.sportello.shared.MaskedPan;

/** What a card's status means on a given day, and why a freeze or unfreeze did not apply. */
class IssuedCardTest {

    static final LocalDate LAST_VALID_DAY = LocalDate.of(2027, 3, 31);

    static IssuedCard aCard(CardStatus stored) {
        return new IssuedCard("card-1", "VISA", MaskedPan.ofLast4("4821"), CardKind.DEBIT, stored, LAST_VALID_DAY, "classic-visa",
                "IT60 •••• 3456");
    }

    @Test
    void aCardIsValidThroughTheLastDayOfItsExpiryMonth() {
        assertThat(aCard(CardStatus.ACTIVE).statusOn(LAST_VALID_DAY)).isEqualTo(CardStatus.ACTIVE);
        assertThat(aCard(CardStatus.ACTIVE).statusOn(LAST_VALID_DAY.plusDays(1))).isEqualTo(CardStatus.EXPIRED);
        assertThat(aCard(CardStatus.FROZEN).statusOn(LAST_VALID_DAY.plusDays(1))).isEqualTo(CardStatus.EXPIRED);
        assertThat(aCard(CardStatus.ACTIVE).viewOn(LAST_VALID_DAY).expiry()).isEqualTo(YearMonth.of(2027, 3));
    }

    @Test
    void aBlockedCardStaysBlockedPastItsExpiry() {
        assertThat(aCard(CardStatus.BLOCKED).statusOn(LAST_VALID_DAY.plusYears(1))).isEqualTo(CardStatus.BLOCKED);
    }

    @Test
    void saysWhyAFreezeOrUnfreezeDidNotApply() {
        LocalDate today = LAST_VALID_DAY.minusDays(10);
        IssuedCard frozen = aCard(CardStatus.FROZEN);
        IssuedCard active = aCard(CardStatus.ACTIVE);
        IssuedCard blocked = aCard(CardStatus.BLOCKED);

        assertThat(frozen.refusal(CardStatus.ACTIVE, today)).hasValue(new CardChange.AlreadyFrozen(frozen.viewOn(today)));
        assertThat(active.refusal(CardStatus.FROZEN, today)).hasValue(new CardChange.AlreadyActive(active.viewOn(today)));
        assertThat(blocked.refusal(CardStatus.ACTIVE, today)).hasValue(new CardChange.NotChangeable(blocked.viewOn(today)));
        assertThat(active.refusal(CardStatus.ACTIVE, LAST_VALID_DAY.plusDays(1)))
                .hasValueSatisfying(change -> assertThat(((CardChange.NotChangeable) change).status()).isEqualTo(CardStatus.EXPIRED));
    }

    @Test
    void aCardBackInTheStatusTheUpdateMissedIsTriedAgain() {
        LocalDate today = LAST_VALID_DAY.minusDays(10);

        assertThat(aCard(CardStatus.ACTIVE).refusal(CardStatus.ACTIVE, today)).isEmpty();
        assertThat(aCard(CardStatus.FROZEN).refusal(CardStatus.FROZEN, today)).isEmpty();
    }
}
