package org.sportello.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaskedPanTest {

    @Test
    void keepsOnlyTheLastFourDigits() {
        MaskedPan pan = MaskedPan.of("4111 1111 1111 1111");
        assertThat(pan.last4()).isEqualTo("1111");
        assertThat(pan.display()).isEqualTo("•••• 1111");
        assertThat(pan.toString()).isEqualTo("•••• 1111");
        assertThat(MaskedPan.of("5555-5555-5555-4444").last4()).isEqualTo("4444");
    }

    @Test
    void refusesNumbersThatFailTheLuhnCheck() {
        assertThatThrownBy(() -> MaskedPan.of("4111111111111112"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a card number: expected 13 to 19 digits passing the Luhn check");
    }

    @Test
    void refusesTooShortOrTooLong() {
        assertThatThrownBy(() -> MaskedPan.of("411111111111")).hasMessageStartingWith("not a card number");
        assertThatThrownBy(() -> MaskedPan.of("41111111111111111111")).hasMessageStartingWith("not a card number");
    }

    @Test
    void lastFourMustBeFourDigits() {
        assertThat(MaskedPan.ofLast4("4821").display()).isEqualTo("•••• 4821");
        assertThatThrownBy(() -> MaskedPan.ofLast4("482")).hasMessage("card last 4 must be exactly 4 digits");
        assertThatThrownBy(() -> MaskedPan.ofLast4("48a1")).hasMessage("card last 4 must be exactly 4 digits");
    }
}
