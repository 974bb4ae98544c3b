package org.sportello.bank.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sportello.shared.Iban;

class ItalianIbanTest {

    @Test
    void computesTheCinOfTheSampleAccount() {
        assertThat(ItalianIban.cin("0542811101000000123456")).isEqualTo('X');
        assertThat(ItalianIban.of("05428", "11101", "000000123456").value()).isEqualTo("IT60X0542811101000000123456");
    }

    @Test
    void buildsValidIbans() {
        for (String account : new String[] {"000000471209", "000000582301", "000000690455", "00000000000A"}) {
            Iban iban = ItalianIban.of("05428", "03401", account);
            assertThat(Iban.isValid(iban.value())).as(account).isTrue();
            assertThat(iban.value()).startsWith("IT").hasSize(27);
        }
    }

    @Test
    void refusesMalformedParts() {
        assertThatThrownBy(() -> ItalianIban.of("0542", "11101", "000000123456"))
                .hasMessage("ABI and CAB are 5 digits, the account number 12 digits or capitals");
    }
}
