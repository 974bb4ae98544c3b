package org.sportello.assistant.domain.entities;

import java.util.Set;

/**
 * Italian and English articles, prepositions and possessives: they never tell a category apart and
 * never name a merchant or a payee. The same words the bank drops when it matches the taxonomy's
 * synonyms, so "bolletta della luce" reads as the synonym "bolletta luce" here too.
 */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "d", "di", "del", "dello", "della", "dei",
            "degli", "delle", "dell", "a", "al", "allo", "alla", "ai", "agli", "alle", "all", "da", "dal", "dallo",
            "dalla", "dai", "dagli", "dalle", "dall", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "nell",
            "su", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull", "con", "per", "tra", "fra", "e", "ed",
            "the", "an", "of", "to", "for", "on", "at", "and", "my", "mio", "mia", "miei", "mie");

    private StopWords() {
    }

    static boolean contains(String foldedWord) {
        return WORDS.contains(foldedWord);
    }
}
