package org.sportello.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * Finds card numbers typed into free text (13 to 19 digits, optionally grouped with spaces or
 * dashes, passing the Luhn check) so they can be removed before anything stores or logs the text.
 */
public final class CardNumbers {

    public static final int DIGITS_MIN = 13;
    public static final int DIGITS_MAX = 19;

    // A digit, then 12-18 more each optionally preceded by one space or dash; not glued to other digits.
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])");

    private CardNumbers() {
    }

    public static boolean isCardNumber(String digits) {
        return digits != null
                && digits.length() >= DIGITS_MIN
                && digits.length() <= DIGITS_MAX
                && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                && LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(digits);
    }

    /** The text with each card number replaced by its masked form ("•••• 4821"), and the cards taken out. */
    public static Redaction redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redaction(text, List.of());
        }
        Matcher matcher = CANDIDATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        List<MaskedPan> removed = new ArrayList<>();
        while (matcher.find()) {
            String digits = matcher.group().replace(" ", "").replace("-", "");
            if (isCardNumber(digits)) {
                MaskedPan card = MaskedPan.of(digits);
                matcher.appendReplacement(out, Matcher.quoteReplacement(card.display()));
                removed.add(card);
            } else {
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
            }
        }
        matcher.appendTail(out);
        return new Redaction(out.toString(), removed);
    }

    /**
     * Text after redaction and the cards taken out of it, as their last four digits only, so a
     * reader can still say which card a free-text line was about.
     */
    public record Redaction(String text, List<MaskedPan> removed) {

        public Redaction {
            removed = List.copyOf(removed);
        }

        public int cardNumbersRemoved() {
            return removed.size();
        }

        public boolean changed() {
            return !removed.isEmpty();
        }
    }
}
