package org.sportello.assistant.domain.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds known names in a message, forgiving case, accents, spacing and typos: "mcdonalds" and "mc
 * donald's" are McDonald's, "esselunag" is Esselunga. The words of the message are joined a few at a
 * time and compared whole, letters and digits only.
 *
 * <p>A typo is forgiven only in a name of at least {@link #FUZZY_KEY_CHARS_MIN} letters, with the
 * first letter right (a typo there is rare, and "conad" must not be "donad"): one letter wrong, left
 * out or added, two in a name of {@link #TWO_TYPOS_KEY_CHARS_MIN} letters or more, or two letters
 * swapped (Jaro-Winkler at least {@link #JARO_WINKLER_MIN}). Words never start or end a name when they
 * are articles or prepositions, so "un euro" is never Unieuro.
 */
final class FuzzyNames {

    /** A customer's merchants and contacts: read for every message, so kept few. */
    static final int NAMES_MAX = 5_000;
    /** The gazetteer's spellings, built once: a city's stations, squares, landmarks and postcodes. */
    static final int PLACE_SPELLINGS_MAX = 50_000;
    /** "mc donald s" is three words; no name a customer types needs more than four. */
    static final int WINDOW_WORDS_MAX = 4;
    static final int FUZZY_KEY_CHARS_MIN = 5;
    static final int TWO_TYPOS_KEY_CHARS_MIN = 9;
    static final double JARO_WINKLER_MIN = 0.95;
    /** Words of one name are apart by spaces, an apostrophe, a dot, a dash or an ampersand: "H&M", "Mc Donald's". */
    private static final String NAME_GLUE = "[\\s'.\\-&]{1,3}";

    private static final LevenshteinDistance EDITS_UP_TO_TWO = new LevenshteinDistance(2);
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** A name found in a message: its canonical form and where it stands. */
    record Found(String canonical, int start, int end) {
    }

    /** In the order given, so that of two names a typo is equally close to, the first given wins every time. */
    private final Map<String, String> canonicalByKey = new LinkedHashMap<>();
    /**
     * The same keys by their first letter, each list in the order given: a typo is forgiven only with
     * the first letter right, so only these are compared (a gazetteer's thousand spellings would
     * otherwise all be compared with every few words of every message).
     */
    private final Map<Character, List<Map.Entry<String, String>>> byFirstLetter = new HashMap<>();

    /** @param canonicalByAlias each way of writing a name ("Giulia") and the name it stands for ("Giulia Bianchi") */
    FuzzyNames(Map<String, String> canonicalByAlias) {
        this(canonicalByAlias, NAMES_MAX);
    }

    FuzzyNames(Map<String, String> canonicalByAlias, int namesMax) {
        if (canonicalByAlias.size() > namesMax) {
            throw new IllegalArgumentException("names has " + canonicalByAlias.size() + " entries, at most " + namesMax);
        }
        canonicalByAlias.forEach((alias, canonical) -> {
            String key = FoldedText.key(alias);
            if (!key.isEmpty() && !StopWords.contains(key)) {
                canonicalByKey.putIfAbsent(key, canonical);
            }
        });
        canonicalByKey.entrySet().forEach(entry -> byFirstLetter.computeIfAbsent(entry.getKey().charAt(0), letter -> new ArrayList<>())
                .add(entry));
    }

    /**
     * The names found, in the order they appear. Where candidates overlap, an exact spelling wins over
     * a typo, then the one of more words, then the earlier: "ad Anna Maria" is Anna Maria, not a typo
     * of "adannamaria".
     */
    List<Found> find(FoldedText text) {
        List<FoldedText.Token> tokens = text.tokens();
        List<Window> candidates = new ArrayList<>();
        for (int first = 0; first < tokens.size(); first++) {
            if (!StopWords.contains(tokens.get(first).word())) {
                bestAt(text, first).ifPresent(candidates::add);
            }
        }
        candidates.sort(Comparator.comparingInt(Window::typos)
                .thenComparing(Comparator.comparingInt(Window::words).reversed())
                .thenComparingInt(Window::first));
        List<Window> chosen = new ArrayList<>();
        for (Window candidate : candidates) {
            if (chosen.stream().noneMatch(candidate::overlaps)) {
                chosen.add(candidate);
            }
        }
        return chosen.stream().sorted(Comparator.comparingInt(Window::first))
                .map(window -> new Found(window.canonical(), tokens.get(window.first()).start(), tokens.get(window.last()).end()))
                .toList();
    }

    /** Words first to last of the message, read as a name with so many typos. */
    private record Window(String canonical, int first, int last, int typos) {

        int words() {
            return last - first + 1;
        }

        boolean overlaps(Window other) {
            return first <= other.last && other.first <= last;
        }
    }

    private Optional<Window> bestAt(FoldedText text, int first) {
        List<FoldedText.Token> tokens = text.tokens();
        Window best = null;
        StringBuilder key = new StringBuilder();
        for (int last = first; last < tokens.size() && last < first + WINDOW_WORDS_MAX; last++) {
            if (last > first && !glued(text, tokens.get(last - 1), tokens.get(last))) {
                break;
            }
            key.append(tokens.get(last).word());
            if (StopWords.contains(tokens.get(last).word())) {
                continue;
            }
            Optional<Window> window = match(key.toString(), first, last);
            if (window.isPresent() && (best == null || window.get().typos() <= best.typos())) {
                best = window.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Window> match(String key, int first, int last) {
        String exact = canonicalByKey.get(key);
        if (exact != null) {
            return Optional.of(new Window(exact, first, last, 0));
        }
        if (key.length() < FUZZY_KEY_CHARS_MIN || key.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        Window best = null;
        for (Map.Entry<String, String> name : byFirstLetter.getOrDefault(key.charAt(0), List.of())) {
            int typos = typos(key, name.getKey());
            if (typos > 0 && (best == null || typos < best.typos())) {
                best = new Window(name.getValue(), first, last, typos);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How many typos make {@code typed}, which is not spelt exactly as {@code name}, the {@code name};
     * 0 when it is too far off to be a typo of it.
     */
    static int typos(String typed, String name) {
        int allowed = name.length() >= TWO_TYPOS_KEY_CHARS_MIN ? 2 : 1;
        if (name.length() < FUZZY_KEY_CHARS_MIN || typed.charAt(0) != name.charAt(0)
                || Math.abs(typed.length() - name.length()) > allowed) {
            return 0;
        }
        int edits = EDITS_UP_TO_TWO.apply(typed, name);
        if (edits > 0 && edits <= allowed) {
            return edits;
        }
        return JARO_WINKLER.apply(typed, name) >= JARO_WINKLER_MIN ? allowed : 0;
    }

    private static boolean glued(FoldedText text, FoldedText.Token before, FoldedText.Token after) {
        return text.folded().substring(before.end(), after.start()).matches(NAME_GLUE);
    }
}
