package org.sportello.assistant.domain.nlu;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings the ways people type one message to one form before the model reads it: lower case,
 * accents off, punctuation and symbols to single spaces. "Qual è il mio saldo?" and "qual e il mio
 * saldo" read the same.
 */
public final class TextNormaliser {

    /** A message is cut here: questions fit well within it, and the features of one stay bounded. */
    public static final int TEXT_CHARS_MAX = 2_000;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * English contractions keep their letters together ("don't" → "dont", "what's" → "whats"), as
     * people who skip the apostrophe type them; any other apostrophe, such as Italian elision
     * ("l'estratto", "c'è"), separates two words.
     */
    private static final Pattern CONTRACTION = Pattern.compile("(?<=\\p{L})['’](?=(?:s|t|re|ve|ll|d|m)\\b)");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        String bounded = text.length() > TEXT_CHARS_MAX ? text.substring(0, TEXT_CHARS_MAX) : text;
        String folded = MARKS.matcher(Normalizer.normalize(bounded.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        String contracted = CONTRACTION.matcher(folded).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(contracted).replaceAll(" ").strip();
    }
}
