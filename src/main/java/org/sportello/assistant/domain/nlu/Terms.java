package org.sportello.assistant.domain.nlu;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The terms of a normalised message, with how often each occurs: word n-grams ("w:" and the words
 * joined by spaces, "^" and "$" marking start and end) and character n-grams inside each word ("c:",
 * the word padded with a space on either side). Characters carry typos and inflections ("freez",
 * "transf"), words and their neighbours carry what the message is about ("w:top up", "w:^ why").
 */
final class Terms {

    static final String WORD = "w:";
    static final String CHARS = "c:";
    static final int WORD_NGRAM_MAX = 3;
    static final int CHAR_NGRAM_MIN = 2;
    static final int CHAR_NGRAM_MAX = 5;

    private Terms() {
    }

    static Map<String, Integer> of(String normalised) {
        Map<String, Integer> counts = new HashMap<>();
        if (normalised.isEmpty()) {
            return counts;
        }
        String[] words = normalised.split(" ");
        wordNgrams(words, counts);
        for (String word : words) {
            charNgrams(" " + word + " ", counts);
        }
        return counts;
    }

    private static void wordNgrams(String[] words, Map<String, Integer> counts) {
        String[] marked = new String[words.length + 2];
        marked[0] = "^";
        System.arraycopy(words, 0, marked, 1, words.length);
        marked[marked.length - 1] = "$";
        for (int i = 1; i < marked.length - 1; i++) {
            counts.merge(WORD + marked[i], 1, Integer::sum);
        }
        for (int n = 2; n <= WORD_NGRAM_MAX; n++) {
            for (int start = 0; start + n <= marked.length; start++) {
                counts.merge(WORD + String.join(" ", Arrays.copyOfRange(marked, start, start + n)), 1, Integer::sum);
            }
        }
    }

    private static void charNgrams(String padded, Map<String, Integer> counts) {
        for (int n = CHAR_NGRAM_MIN; n <= CHAR_NGRAM_MAX; n++) {
            for (int start = 0; start + n <= padded.length(); start++) {
                counts.merge(CHARS + padded.substring(start, start + n), 1, Integer::sum);
            }
        }
    }
}
