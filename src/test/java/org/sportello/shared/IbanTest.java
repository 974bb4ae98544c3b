package org.sportello.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    static final String GIULIA = "IT60X0542811101000000123456";

    @ParameterizedTest
    @ValueSource(strings = {GIULIA, "DE89370400440532013000", "GB29NWBK60161331926819", "FR1420041010050500013M02606",
            "NL91ABNA0417164300"})
    void acceptsValidIbans(String iban) {
        assertThat(Iban.parse(iban).value()).isEqualTo(iban);
        assertThat(Iban.isValid(iban)).isTrue();
    }

    @Test
    void acceptsThePrintedForm() {
        assertThat(Iban.parse("it60 x054 2811 1010 0000 0123 456")).isEqualTo(Iban.parse(GIULIA));
    }

    @Test
    void refusesWrongCheckDigits() {
        // Last digit changed: the ISO 7064 mod 97-10 check catches any single-digit error.
        assertThatThrownBy(() -> Iban.parse("IT60X0542811101000000123457"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IBAN check digits are wrong (ISO 7064 mod 97-10)");
        assertThat(Iban.isValid("IT61X0542811101000000123456")).isFalse();
    }

    @Test
    void refusesWrongLengthForTheCountry() {
        assertThatThrownBy(() -> Iban.parse("IT60X054281110100000012345"))
                .hasMessage("IBAN has 26 characters; IT IBANs have 27");
    }

    @Test
    void refusesUnknownCountriesAndGarbage() {
        assertThatThrownBy(() -> Iban.parse("XX60X0542811101000000123456"))
                .hasMessage("IBAN country XX is not in the ISO 13616 registry");
        assertThatThrownBy(() -> Iban.parse("IT60-X054"))
                .hasMessage("IBAN must be a 2-letter country code, 2 check digits and up to 30 letters or digits, got 9 characters");
    }

    @Test
    void computesCheckDigits() {
        assertThat(Iban.of("IT", "X0542811101000000123456").value()).isEqualTo(GIULIA);
    }

    @Test
    void showsOnlyCountryCheckDigitsAndTail() {
        Iban iban = Iban.parse(GIULIA);
        assertThat(iban.masked()).isEqualTo("IT60 •••• 3456");
        assertThat(iban.toString()).isEqualTo("IT60 •••• 3456").doesNotContain("0542811101");
        assertThat(iban.printed()).isEqualTo("IT60 X054 2811 1010 0000 0123 456");
    }

    @Test
    void everyValidIbanInAFreeTextIsMaskedPrintedOrCompactAnyCase() {
        assertThat(Iban.maskAll("Il suo IBAN è IT60 X054 2811 1010 0000 0123 456, grazie"))
                .isEqualTo("Il suo IBAN è IT60 •••• 3456, grazie");
        assertThat(Iban.maskAll("send it to it60x0542811101000000123456 and DE89370400440532013000 today"))
                .isEqualTo("send it to IT60 •••• 3456 and DE89 •••• 3000 today");
        assertThat(Iban.maskAll("IT60X0542811101000000123456")).isEqualTo("IT60 •••• 3456");
    }

    @Test
    void whatOnlyLooksLikeAnIbanIsLeftAlone() {
        assertThat(Iban.maskAll("IT61X0542811101000000123456 has wrong check digits")).isEqualTo(
                "IT61X0542811101000000123456 has wrong check digits");
        assertThat(Iban.maskAll("order AB12 3456 7890 1234 shipped")).isEqualTo("order AB12 3456 7890 1234 shipped");
        assertThat(Iban.maskAll("short")).isEqualTo("short");
        assertThat(Iban.maskAll(null)).isNull();
    }
}
