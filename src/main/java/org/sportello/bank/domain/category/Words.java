package org.sportello.bank.domain.category;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folds text into lower-case words without accents, the form every rule is matched in. Names keep
 * elided words together ("McDonald's" → "mcdonalds"); free text splits them and drops articles and
 * prepositions, so "bolletta della luce" and "bolletta luce" read the same.
 */
final class Words {

    /** Longer input is cut: SEPA remittance is at most 140 characters, names fewer. */
    static final int TEXT_CHARS_MAX = 400;

    private static final String[] NONE = new String[0];
    private static final char FIRST_FOLDED = '\u00C0';
    private static final char LAST_FOLDED = '\u017F';
    private static final char[] FOLDED = foldingTable();

    /** Italian and English words that never tell a category apart. */
    private static final Set<String> STOPWORDS = Set.of(
            "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "d", "di", "del", "dello", "della", "dei",
            "degli", "delle", "dell", "a", "al", "allo", "alla", "ai", "agli", "alle", "all", "da", "dal", "dallo",
            "dalla", "dai", "dagli", "dalle", "dall", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "nell",
            "su", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull", "con", "per", "tra", "fra", "e", "ed",
            "the", "an", "of", "to", "for", "on", "at", "and", "my", "mio", "mia", "miei", "mie");

    private Words() {
    }

    /** Words of a merchant or counterparty name: "AMZN Mktp IT*2K4LK" → amzn, mktp, it, 2k4lk. */
    static String[] ofName(String text) {
        return split(text, true, false);
    }

    /** Words of free text, without articles and prepositions: "Spesa al supermercato" → spesa, supermercato. */
    static String[] ofText(String text) {
        return split(text, false, true);
    }

    /** One word as a key: letters and digits only, "S.r.l." → "srl". */
    static String key(String word) {
        StringBuilder key = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char folded = fold(word.charAt(i));
            if (folded != 0) {
                key.append(folded);
            }
        }
        return key.toString();
    }

    private static String[] split(String text, boolean joinElisions, boolean dropStopwords) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        int end = Math.min(text.length(), TEXT_CHARS_MAX);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (joinElisions && isApostrophe(c)) {
                continue;
            }
            char folded = fold(c);
            if (folded != 0) {
                word.append(folded);
            } else if (word.length() > 0) {
                add(words, word, dropStopwords);
            }
        }
        if (word.length() > 0) {
            add(words, word, dropStopwords);
        }
        return words.toArray(NONE);
    }

    private static void add(List<String> words, StringBuilder word, boolean dropStopwords) {
        String finished = word.toString();
        word.setLength(0);
        if (!dropStopwords || !STOPWORDS.contains(finished)) {
            words.add(finished);
        }
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00B4';
    }

    /** The lower-case ASCII form of a letter or digit, or 0 for a separator. */
    private static char fold(char c) {
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return c;
            }
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : 0;
        }
        if (c >= FIRST_FOLDED && c <= LAST_FOLDED) {
            return FOLDED[c - FIRST_FOLDED];
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    /** Latin-1 and Latin Extended-A letters without their accents, computed once: "È" → 'e'. */
    private static char[] foldingTable() {
        char[] table = new char[LAST_FOLDED - FIRST_FOLDED + 1];
        for (char c = FIRST_FOLDED; c <= LAST_FOLDED; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
            char first = base.charAt(0);
            table[c - FIRST_FOLDED] = Character.isLetter(first) ? first : 0;
        }
        return table;
    }
}
