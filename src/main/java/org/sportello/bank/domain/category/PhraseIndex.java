package org.sportello.bank.domain.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Finds known phrases in a list of words with one hash lookup per word, so matching stays fast
 * however many phrases there are. A phrase may be anchored: it then counts only as the first words.
 */
final class PhraseIndex<T> {

    /** Words looked at in one text: enough for a merchant name or a remittance line. */
    static final int WORDS_MAX = 60;

    record Phrase<T>(String[] words, boolean anchored, T value) {
    }

    record Match<T>(T value, int start, int length) {
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

    PhraseIndex(List<Phrase<T>> phrases) {
        for (Phrase<T> phrase : phrases) {
            if (phrase.words().length == 0) {
                throw new IllegalArgumentException("a phrase needs at least one word");
            }
            byFirstWord.computeIfAbsent(phrase.words()[0], first -> new ArrayList<>()).add(phrase);
        }
        Comparator<Phrase<T>> longestFirst = Comparator.comparingInt(phrase -> -phrase.words().length);
        byFirstWord.values().forEach(list -> list.sort(longestFirst));
    }

    /**
     * The best phrase found among {@code words}: the highest weight, then the most words, then the
     * earliest; phrases whose value {@code admits} refuses are skipped. Anchored phrases count only
     * when {@code words} start a name and the phrase starts there.
     */
    Optional<Match<T>> best(String[] words, boolean startOfName, Predicate<? super T> admits,
                            ToIntFunction<? super T> weight) {
        Match<T> best = null;
        int bestWeight = Integer.MIN_VALUE;
        int end = Math.min(words.length, WORDS_MAX);
        for (int start = 0; start < end; start++) {
            List<Phrase<T>> candidates = byFirstWord.get(words[start]);
            if (candidates == null) {
                continue;
            }
            for (Phrase<T> phrase : candidates) {
                if (phrase.anchored() && (start > 0 || !startOfName) || !admits.test(phrase.value()) || !matchesAt(words, end, start, phrase)) {
                    continue;
                }
                int phraseWeight = weight.applyAsInt(phrase.value());
                int length = phrase.words().length;
                if (best == null || phraseWeight > bestWeight || phraseWeight == bestWeight && length > best.length()) {
                    best = new Match<>(phrase.value(), start, length);
                    bestWeight = phraseWeight;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The value of a one-word phrase that is exactly {@code word}, anchored or not. */
    Optional<T> single(String word) {
        List<Phrase<T>> candidates = byFirstWord.get(word);
        if (candidates == null) {
            return Optional.empty();
        }
        return candidates.stream().filter(phrase -> phrase.words().length == 1).map(Phrase::value).findFirst();
    }

    private static <T> boolean matchesAt(String[] words, int end, int start, Phrase<T> phrase) {
        String[] wanted = phrase.words();
        if (start + wanted.length > end) {
            return false;
        }
        for (int i = 1; i < wanted.length; i++) {
            if (!wanted[i].equals(words[start + i])) {
                return false;
            }
        }
        return true;
    }
}
