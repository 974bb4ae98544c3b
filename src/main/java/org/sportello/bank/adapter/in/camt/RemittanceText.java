package org.sportello.bank.adapter.in.camt;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sportello.shared.CardNumbers;

/**
 * What an entry's unstructured remittance lines say beyond their words: the card ("CARTA *4821"),
 * the merchant category ("MCC 5411") and, for a reversal, the reference it undoes ("ORIG REF
 * ..."). Card numbers typed into the text are masked first, and everything is read from the
 * masked text, so no field can carry a full card number.
 *
 * @param text the lines joined with a space, masked; null when the entry has none
 */
record RemittanceText(String text, String cardLast4, String mcc, String reversedReference) {

    private static final String NOT_GLUED = "(?<![\\p{L}\\p{N}])";
    private static final Pattern CARD = Pattern.compile(
            NOT_GLUED + "(?:CARTA|CARD)\\s*\\*+\\s*([0-9]{4})(?![0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MCC = Pattern.compile(
            NOT_GLUED + "MCC\\s*:?\\s*([0-9]{4})(?![0-9])", Pattern.CASE_INSENSITIVE);
    // Italian banks write "ORIG. RIF."; references are Max35Text and end on a letter or digit.
    private static final Pattern ORIGINAL_REFERENCE = Pattern.compile(
            NOT_GLUED + "ORIG\\.?\\s*(?:REF|RIF)\\.?\\s*:?\\s*([A-Z0-9](?:[A-Z0-9/-]{0,33}[A-Z0-9])?)(?![A-Z0-9])",
            Pattern.CASE_INSENSITIVE);

    static final RemittanceText NONE = new RemittanceText(null, null, null, null);

    static RemittanceText of(List<String> lines, boolean reversal) {
        List<String> present = lines.stream().filter(line -> !line.isEmpty()).toList();
        if (present.isEmpty()) {
            return NONE;
        }
        CardNumbers.Redaction redaction = CardNumbers.redact(String.join(" ", present));
        String text = redaction.text();
        String card = first(CARD, text);
        if (card == null && redaction.changed()) {
            card = redaction.removed().get(0).last4();
        }
        return new RemittanceText(text, card, first(MCC, text), reversal ? first(ORIGINAL_REFERENCE, text) : null);
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
