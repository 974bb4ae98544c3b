package org.sportello.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.IBANCheckDigit;

/**
 * An International Bank Account Number that passed the ISO 13616 country format and the ISO 7064
 * mod 97-10 check. {@link #toString()} is masked so that logging an IBAN never prints it whole.
 */
public final class Iban {

    private static final IBANValidator VALIDATOR = IBANValidator.getInstance();
    private static final int VISIBLE_TAIL = 4;
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]+");
    /** Where an IBAN may start in free text, compact or printed in groups: checked one by one. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,30}");

    private final String value;

    private Iban(String value) {
        this.value = value;
    }

    /** Accepts the printed form too: spaces anywhere, any letter case. */
    public static Iban parse(String text) {
        Objects.requireNonNull(text, "IBAN == null");
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 15 || compact.length() > 34 || !SHAPE.matcher(compact).matches()) {
            throw new IllegalArgumentException(
                    "IBAN must be a 2-letter country code, 2 check digits and up to 30 letters or digits, got "
                            + compact.length() + " characters");
        }
        switch (VALIDATOR.validate(compact)) {
            case VALID -> {
                return new Iban(compact);
            }
            case UNKNOWN_COUNTRY -> throw new IllegalArgumentException(
                    "IBAN country " + compact.substring(0, 2) + " is not in the ISO 13616 registry");
            case INVALID_LENGTH -> throw new IllegalArgumentException(
                    "IBAN has " + compact.length() + " characters; " + compact.substring(0, 2) + " IBANs have "
                            + VALIDATOR.getValidator(compact).getIbanLength());
            case INVALID_PATTERN -> throw new IllegalArgumentException(
                    "IBAN does not follow the " + compact.substring(0, 2) + " account number format");
            default -> throw new IllegalArgumentException("IBAN check digits are wrong (ISO 7064 mod 97-10)");
        }
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }

    /**
     * The text with every valid IBAN in it masked ("IT60 •••• 3456"), compact or printed in groups,
     * any letter case; what only looks like one is left alone. For free text that goes out, such as
     * an agent's answer.
     */
    public static String maskAll(String text) {
        if (text == null || text.length() < 15 || !hasCountryAndCheckDigits(text)) {
            return text;
        }
        Matcher candidates = CANDIDATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (candidates.find(from)) {
            int start = candidates.start();
            int end = longestValidEnd(text, start, candidates.end());
            if (end < 0) {
                from = start + 1;
                continue;
            }
            out.append(text, copied, start).append(parse(text.substring(start, end)).masked());
            copied = end;
            from = end;
            if (from >= text.length()) {
                break;
            }
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Whether two letters followed by two digits occur anywhere, as every IBAN begins: most texts
     * (every notification) have none, and this loop costs a fraction of the pattern's search.
     */
    private static boolean hasCountryAndCheckDigits(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            if (isDigit(text.charAt(i + 3)) && isDigit(text.charAt(i + 2)) && isLetter(text.charAt(i + 1)) && isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The end of the longest valid IBAN from {@code start} within {@code end}, at a word's end; -1 if none. */
    private static int longestValidEnd(String text, int start, int end) {
        for (int candidateEnd = end; candidateEnd - start >= 15; candidateEnd--) {
            boolean wordEnds = candidateEnd == text.length() || !Character.isLetterOrDigit(text.charAt(candidateEnd));
            if (wordEnds && text.charAt(candidateEnd - 1) != ' ' && isValid(text.substring(start, candidateEnd))) {
                return candidateEnd;
            }
        }
        return -1;
    }

    /** Builds the IBAN for a country and national account number (BBAN), computing the check digits. */
    public static Iban of(String countryCode, String bban) {
        String draft = countryCode.toUpperCase(Locale.ROOT) + "00" + bban.toUpperCase(Locale.ROOT);
        try {
            String check = IBANCheckDigit.IBAN_CHECK_DIGIT.calculate(draft);
            return parse(countryCode + check + bban);
        } catch (CheckDigitException e) {
            throw new IllegalArgumentException("cannot compute IBAN check digits: " + e.getMessage(), e);
        }
    }

    /** The whole IBAN, for storage and for the bank's own systems only. */
    public String value() {
        return value;
    }

    public String countryCode() {
        return value.substring(0, 2);
    }

    /** "IT60 •••• 3456": country, check digits and the last four characters, enough to recognise it. */
    public String masked() {
        return value.substring(0, 4) + " •••• " + value.substring(value.length() - VISIBLE_TAIL);
    }

    /** "IT60 X054 2811 1010 0000 0123 456", the paper form. */
    public String printed() {
        StringBuilder printed = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                printed.append(' ');
            }
            printed.append(value.charAt(i));
        }
        return printed.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iban iban && iban.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
