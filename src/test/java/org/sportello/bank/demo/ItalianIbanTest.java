package org.sportello.bank.demo;

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
    void everyDemoAccountIsAValidIban() {
        for (DemoCustomer customer : DemoCustomer.ALL) {
            assertThat(Iban.isValid(customer.iban().value())).as(customer.id()).isTrue();
            assertThat(customer.iban().value()).startsWith("IT").hasSize(27);
        }
    }

    @Test
    void refusesMalformedParts() {
        assertThatThrownBy(() -> ItalianIban.of("0542", "11101", "000000123456"))
                .hasMessage("ABI and CAB are 5 digits, the account number 12 digits or capitals");
    }
}
