package org.sportello.assistant.domain.entities;

import java.util.Collection;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Building blocks of the rules, which all match folded text (lower case, no accents, plain apostrophes). */
final class Patterns {

    /** Not inside a word: the rules match whole words only. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    static final String WORD_END = "(?![\\p{L}\\p{N}])";

    private Patterns() {
    }

    /** A whole-word pattern. */
    static Pattern wholeWords(String regex) {
        return Pattern.compile(WORD_START + "(?:" + regex + ")" + WORD_END);
    }

    /**
     * Any of the phrases, longest first so that "settembre" is tried before "set"; a space in a phrase
     * matches any run of white space, every other sign stands for itself.
     */
    static String anyOf(Collection<String> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Patterns::literal)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * One of the leading words ("nel", "a", "l'") with the space after it; an elided word ("l'",
     * "dall'") may touch the next one: "l'anno", "dall'8 marzo".
     */
    static String lead(Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(word -> literal(word) + (word.endsWith("'") ? "\\s*" : "\\s+"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * Runs {@code action} on the match at every start where the pattern matches, not only where the
     * last match ended: a match that a rule then refuses ("may I") must not hide a shorter one inside it.
     */
    static void forEachMatch(Pattern pattern, String text, Consumer<Matcher> action) {
        Matcher match = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && match.find(from)) {
            action.accept(match);
            from = match.start() + 1;
        }
    }

    static String optional(String regex) {
        return "(?:" + regex + ")?";
    }

    private static String literal(String phrase) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == ' ') {
                regex.append("\\s+");
            } else if (Character.isLetterOrDigit(c) || c == '\'') {
                regex.append(c);
            } else {
                regex.append('\\').append(c);
            }
        }
        return regex.toString();
    }
}
