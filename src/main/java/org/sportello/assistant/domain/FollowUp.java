package org.sportello.assistant.domain;

import java.util.List;
import java.util.Set;
import org.sportello.assistant.domain.entities.Entity;

/**
 * A message that only names what to ask about next, leaning on the question before it: "e a
 * settembre?", "and restaurants?", "what about Esselunga?", "invece a ottobre". What is left once
 * its entities and the words that tie it to the last question are taken out is almost nothing.
 */
public final class FollowUp {

    /** Words that tie a follow-up to the question before it, or carry no meaning of their own. */
    private static final Set<String> TIES = Set.of("e", "ed", "and", "what", "whats", "about", "how", "invece", "per", "in", "a", "al",
            "allo", "alla", "ai", "agli", "alle", "nel", "nella", "nei", "on", "at", "for", "the", "di", "da", "dal", "del", "della", "dei",
            "con", "mentre", "also", "anche", "poi", "then", "instead", "ok", "okay", "allora", "so", "quanto", "much", "by", "of", "il",
            "la", "lo", "i", "le", "gli", "un", "una");
    /** Words left that still make a follow-up: one, as in "e per la benzina" with "benzina" unrecognised, is too many. */
    static final int LEFT_WORDS_MAX = 0;

    private FollowUp() {
    }

    /** Whether the message is nothing but entities and words that tie it to the last question. */
    public static boolean isBare(String text, List<Entity> entities) {
        if (entities.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(text);
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity entity = entities.get(i);
            rest.replace(entity.start(), entity.end(), " ");
        }
        String folded = Interpreter.fold(rest.toString());
        long left = folded.isEmpty() ? 0 : java.util.Arrays.stream(folded.split(" ")).filter(word -> !TIES.contains(word)).count();
        return left <= LEFT_WORDS_MAX;
    }
}
