package org.sportello.shared;

import java.util.regex.Pattern;
import java.util.Objects;

/**
 * What Sportello keeps of a card number: its last four digits. The full number (PAN) is never
 * stored, logged or shown; {@link #of(String)} checks it and forgets all but the tail.
 */
public record MaskedPan(String last4) {

    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    public MaskedPan {
        Objects.requireNonNull(last4, "last4 == null");
        if (!FOUR_DIGITS.matcher(last4).matches()) {
            throw new IllegalArgumentException("card last 4 must be exactly 4 digits");
        }
    }

    /** From a full card number (spaces and dashes allowed); refuses one that fails the Luhn check. */
    public static MaskedPan of(String pan) {
        Objects.requireNonNull(pan, "card number == null");
        String digits = pan.replace(" ", "").replace("-", "");
        if (!CardNumbers.isCardNumber(digits)) {
            throw new IllegalArgumentException("not a card number: expected 13 to 19 digits passing the Luhn check");
        }
        return new MaskedPan(digits.substring(digits.length() - 4));
    }

    public static MaskedPan ofLast4(String last4) {
        return new MaskedPan(last4);
    }

    /** "•••• 4821". */
    public String display() {
        return "•••• " + last4;
    }

    @Override
    public String toString() {
        return display();
    }
}
