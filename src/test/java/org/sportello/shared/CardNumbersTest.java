package org.sportello.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void redactsCardNumbersTypedWithSpacesOrDashes() {
        CardNumbers.Redaction redaction = CardNumbers.redact("la mia carta è 4111 1111 1111 1111, scade 12/28");
        assertThat(redaction.text()).isEqualTo("la mia carta è •••• 1111, scade 12/28");
        assertThat(redaction.cardNumbersRemoved()).isEqualTo(1);
        assertThat(redaction.removed()).containsExactly(MaskedPan.ofLast4("1111"));
        assertThat(CardNumbers.redact("card 5555-5555-5555-4444 and 378282246310005").text())
                .isEqualTo("card •••• 4444 and •••• 0005");
    }

    @Test
    void leavesOtherNumbersAlone() {
        String text = "IBAN IT60X0542811101000000123456, phone +39 347 123 4567, amount 1.250,00, order 4111111111111112";
        CardNumbers.Redaction redaction = CardNumbers.redact(text);
        assertThat(redaction.text()).isEqualTo(text);
        assertThat(redaction.changed()).isFalse();
    }

    @Property
    void noLuhnValidCardNumberSurvives(@ForAll("cardNumbers") String pan, @ForAll("separators") String separator) {
        String typed = "prefix " + group(pan, separator) + " suffix";
        String redacted = CardNumbers.redact(typed).text();
        assertThat(redacted).isEqualTo("prefix •••• " + pan.substring(pan.length() - 4) + " suffix");
        Matcher digits = Pattern.compile("[0-9]{13,19}").matcher(redacted.replace(" ", "").replace("-", ""));
        assertThat(digits.find()).isFalse();
    }

    @Provide
    Arbitrary<String> cardNumbers() {
        // An all-zero body has no Luhn digit (the library refuses a zero sum); no issuer uses one.
        return Arbitraries.strings().numeric().ofMinLength(12).ofMaxLength(18)
                .filter(body -> body.chars().anyMatch(c -> c != '0'))
                .map(CardNumbersTest::withLuhnDigit);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-");
    }

    private static String withLuhnDigit(String body) {
        try {
            return body + LuhnCheckDigit.LUHN_CHECK_DIGIT.calculate(body);
        } catch (CheckDigitException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String group(String pan, String separator) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < pan.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(separator);
            }
            grouped.append(pan.charAt(i));
        }
        return grouped.toString();
    }
}
