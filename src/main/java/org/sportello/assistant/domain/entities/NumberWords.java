package org.sportello.assistant.domain.entities;

import java.util.Map;
import java.util.Optional;

/** Small numbers written as one word in Italian or English: "ultimi tre mesi", "mille euro", "last two weeks". */
final class NumberWords {

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("un", 1), Map.entry("uno", 1), Map.entry("una", 1), Map.entry("due", 2), Map.entry("tre", 3),
            Map.entry("quattro", 4), Map.entry("cinque", 5), Map.entry("sei", 6), Map.entry("sette", 7),
            Map.entry("otto", 8), Map.entry("nove", 9), Map.entry("dieci", 10), Map.entry("undici", 11),
            Map.entry("dodici", 12), Map.entry("quindici", 15), Map.entry("venti", 20), Map.entry("trenta", 30),
            Map.entry("quaranta", 40), Map.entry("cinquanta", 50), Map.entry("sessanta", 60), Map.entry("novanta", 90),
            Map.entry("cento", 100), Map.entry("duecento", 200), Map.entry("cinquecento", 500), Map.entry("mille", 1_000),
            Map.entry("duemila", 2_000),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("thousand", 1_000));

    /** The words as a pattern, longest first. */
    static final String ANY = Patterns.anyOf(VALUES.keySet());

    private NumberWords() {
    }

    /** "30" or "trenta" → 30; empty for anything else, and for digits too many to count days with. */
    static Optional<Integer> count(String digitsOrWord) {
        if (digitsOrWord.matches("[0-9]{1,6}")) {
            return Optional.of(Integer.parseInt(digitsOrWord));
        }
        return Optional.ofNullable(VALUES.get(digitsOrWord));
    }
}
