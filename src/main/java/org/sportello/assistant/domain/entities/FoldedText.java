package org.sportello.assistant.domain.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message and its folded form: lower case, accents off, typographic apostrophes, dashes and spaces
 * made plain. Folding maps each {@code char} to exactly one {@code char}, so an index into the folded
 * text is the same index into the original: every rule matches the folded text and every entity
 * quotes the original. Indices are Java {@code String} indices (UTF-16 code units): an emoji before
 * an entity counts two.
 */
final class FoldedText {

    private static final char FIRST_FOLDED = '\u00C0';
    private static final char LAST_FOLDED = '\u017F';
    private static final char[] FOLDED = foldingTable();

    private final String original;
    private final String folded;
    private final List<Token> tokens;

    /** A run of letters and digits of the folded text; apostrophes split words ("l'altro" → l, altro). */
    record Token(String word, int start, int end) {
    }

    private FoldedText(String original) {
        this.original = original;
        this.folded = fold(original);
        this.tokens = tokenise(folded);
    }

    /** The first {@link EntityExtractor#MESSAGE_CHARS_MAX} characters of a message; the rest is not read. */
    static FoldedText of(String message) {
        Objects.requireNonNull(message, "message == null");
        int end = Math.min(message.length(), EntityExtractor.MESSAGE_CHARS_MAX);
        if (end > 0 && end < message.length() && Character.isHighSurrogate(message.charAt(end - 1))) {
            end--; // never cut an emoji in half
        }
        return new FoldedText(message.substring(0, end));
    }

    String original() {
        return original;
    }

    String folded() {
        return folded;
    }

    List<Token> tokens() {
        return tokens;
    }

    /**
     * An entity quoting the original text between two indices, taking in the combining accents that
     * follow ("caffe" + U+0301): folding leaves them out of words, the quote keeps them.
     */
    Entity entity(EntityValue value, int start, int end) {
        int through = end;
        while (through < original.length() && isCombiningMark(original.charAt(through))) {
            through++;
        }
        return new Entity(value, original.substring(start, through), start, through);
    }

    static boolean isCombiningMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** The words of a name joined without spaces or punctuation: "Mc Donald's" → "mcdonalds". */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (Token token : tokenise(fold(name))) {
            key.append(token.word());
        }
        return key.toString();
    }

    static String fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(text.charAt(i));
        }
        return new String(chars);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u00B4' || c == '\u02BC') {
            return '\'';
        }
        if (c == '\u2013' || c == '\u2014' || c == '\u2212') {
            return '-';
        }
        if (Character.isSpaceChar(c)) {
            return ' '; // no-break and narrow spaces, as phones type them inside "20 €"
        }
        if (isCombiningMark(c)) {
            return ' '; // a decomposed accent ends an Italian word ("lunedi" + U+0300): the word reads without it
        }
        if (c >= FIRST_FOLDED && c <= LAST_FOLDED) {
            return FOLDED[c - FIRST_FOLDED];
        }
        return Character.toLowerCase(c);
    }

    private static List<Token> tokenise(String folded) {
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && isWordChar(folded.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(new Token(folded.substring(start, i), start, i));
                start = -1;
            }
        }
        return List.copyOf(tokens);
    }

    /** Latin-1 and Latin Extended-A letters without their accents, computed once: "È" → 'e'. */
    private static char[] foldingTable() {
        char[] table = new char[LAST_FOLDED - FIRST_FOLDED + 1];
        for (char c = FIRST_FOLDED; c <= LAST_FOLDED; c++) {
            char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toLowerCase(Locale.ROOT).charAt(0);
            table[c - FIRST_FOLDED] = Character.isLetter(base) ? base : Character.toLowerCase(c);
        }
        return table;
    }
}
