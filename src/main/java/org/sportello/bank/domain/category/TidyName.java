package org.sportello.bank.domain.category;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A readable form of a merchant or counterparty name that no brand matches: store numbers, card
 * numbers and reference codes cut off with whatever follows them (acquirers write name, store
 * number, city), legal forms, country codes and web suffixes dropped, Title Case.
 * "BAR SPORT 0023 TORINO" → "Bar Sport"; "ROSSI COSTRUZIONI SRL" → "Rossi Costruzioni".
 */
final class TidyName {

    /** Words dropped from the end of a name: legal forms, country codes, store markers. */
    private static final Set<String> TRAILING = Set.of(
            "srl", "srls", "spa", "snc", "sas", "sapa", "soccoop", "scarl", "scrl", "ssd", "asd", "onlus", "ets", "aps", "sa", "se", "sarl", "rl", "sl", "slu",
            "gmbh", "ag", "kg", "ltd", "limited", "plc", "bv", "nv", "inc", "llc", "ab", "as", "oy", "sro",
            "it", "ita", "ie", "gb", "uk", "de", "deu", "fr", "es", "nl", "be", "at", "ch", "lu", "pt", "us",
            "pv", "fil", "n", "nr", "no", "num", "store");
    /** Small words written in lower case inside a name: "Pizzeria da Peppe". */
    private static final Set<String> LOWER = Set.of(
            "di", "da", "del", "della", "dello", "dei", "degli", "delle", "e", "ed", "al", "alla", "allo", "ai",
            "agli", "alle", "of", "and", "the", "de", "du", "des", "y");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final List<String> WEB_SUFFIXES = List.of(".co.uk", ".com", ".it", ".eu", ".de", ".fr", ".es",
            ".net", ".org", ".uk", ".ie", ".nl", ".be", ".at", ".ch");

    private TidyName() {
    }

    /** The tidy name, or null when nothing readable is left. */
    static String of(String raw) {
        List<String> words = cutAtNoise(WHITESPACE.split(raw.strip()));
        dropTrailing(words);
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder tidy = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0) {
                tidy.append(' ');
            }
            tidy.append(i > 0 && LOWER.contains(Words.key(word)) ? word.toLowerCase(Locale.ROOT) : titleCase(word));
        }
        return tidy.toString();
    }

    /** The words before the first one holding a digit; leading numbers are skipped. */
    private static List<String> cutAtNoise(String[] parts) {
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            String word = withoutWebParts(part);
            if (word.isEmpty() || Words.key(word).isEmpty()) {
                continue;
            }
            if (hasDigit(word)) {
                if (words.isEmpty()) {
                    continue;
                }
                break;
            }
            words.add(word);
        }
        return words;
    }

    private static void dropTrailing(List<String> words) {
        while (words.size() > 1 && TRAILING.contains(Words.key(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
    }

    /** "www.foo.com/bill" → "foo". */
    private static String withoutWebParts(String word) {
        String plain = word;
        int slash = plain.indexOf('/');
        if (slash > 0 && plain.indexOf('.') > 0) {
            plain = plain.substring(0, slash);
        }
        String lower = plain.toLowerCase(Locale.ROOT);
        if (lower.startsWith("www.")) {
            plain = plain.substring(4);
            lower = lower.substring(4);
        }
        for (String suffix : WEB_SUFFIXES) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return plain.substring(0, plain.length() - suffix.length());
            }
        }
        return plain;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "SANT'ANNA" → "Sant'Anna", "B&B" → "B&B", "F.LLI" → "F.lli". */
    private static String titleCase(String word) {
        StringBuilder titled = new StringBuilder(word.length());
        boolean upper = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            titled.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            if (Character.isLetter(c)) {
                upper = false;
            } else if (Words.isApostrophe(c) || c == '-' || c == '&') {
                upper = true;
            }
        }
        return titled.toString();
    }
}
