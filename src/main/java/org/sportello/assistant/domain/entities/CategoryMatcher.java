package org.sportello.assistant.domain.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sportello.shared.Language;

/**
 * Finds the categories a customer names through the taxonomy's synonyms: whole words, case and accents
 * ignored, articles and prepositions dropped ("bolletta della luce" is the synonym "bolletta luce"),
 * the longest synonym at a place winning ("cibo per animali" over "cibo"). The text runs from the
 * first to the last word of the synonym.
 *
 * <p>A message in a known language is read with that language's synonyms only: "rate" is loans in
 * Italian but no category in English. A message whose language does not show is read with both,
 * Italian first.
 */
public final class CategoryMatcher {

    /** The taxonomy's longest synonym has four words; a synonym longer than this is a mistake in the data. */
    static final int SYNONYM_WORDS_MAX = 6;
    static final int CATEGORIES_MAX = 1_000;

    /**
     * "spesa" is groceries as "la spesa", "fare spesa"; otherwise it is spending in general ("limite di
     * spesa", "spesa totale"), as "spese" always is ("le mie spese"), which is why "spese" is no synonym.
     */
    private static final String SPENDING = "spesa";
    private static final Set<String> GROCERIES_BEFORE_SPENDING = Set.of("la", "fare", "faccio", "fatto");
    private static final Set<String> QUALIFIERS_OF_SPENDING = Set.of("totale", "complessiva", "media", "mensile",
            "annuale", "annua", "settimanale", "giornaliera", "massima", "minima", "prevista", "extra");

    private final Map<Language, Map<String, String>> codeByPhrase = new EnumMap<>(Language.class);

    /** @throws IllegalArgumentException naming the synonym when one names two categories in the same language */
    public CategoryMatcher(List<CategorySynonyms> categories) {
        Objects.requireNonNull(categories, "categories == null");
        if (categories.size() > CATEGORIES_MAX) {
            throw new IllegalArgumentException("categories has " + categories.size() + " entries, at most " + CATEGORIES_MAX);
        }
        for (Language language : Language.values()) {
            codeByPhrase.put(language, index(categories, language));
        }
    }

    public List<Entity> find(String message, Optional<Language> language) {
        return find(FoldedText.of(message), language);
    }

    List<Entity> find(FoldedText text, Optional<Language> language) {
        Objects.requireNonNull(language, "language == null");
        List<Language> languages = language.map(List::of).orElse(List.of(Language.IT, Language.EN));
        List<Integer> content = contentWords(text.tokens());
        List<Entity> found = new ArrayList<>();
        int next = 0;
        while (next < content.size()) {
            Optional<Synonym> longest = longestAt(text, content.subList(next, content.size()), languages);
            longest.ifPresent(synonym -> found.add(synonym.entity()));
            next += longest.map(Synonym::words).orElse(1);
        }
        return List.copyOf(found);
    }

    /** A synonym found, and how many words besides articles and prepositions it took. */
    private record Synonym(Entity entity, int words) {
    }

    /** The longest synonym starting at the first of {@code words} (indices of tokens that are no article or preposition). */
    private Optional<Synonym> longestAt(FoldedText text, List<Integer> words, List<Language> languages) {
        List<FoldedText.Token> tokens = text.tokens();
        for (int count = Math.min(SYNONYM_WORDS_MAX, words.size()); count > 0; count--) {
            String phrase = phrase(tokens, words.subList(0, count));
            Optional<String> code = code(phrase, languages);
            if (code.isPresent() && (!phrase.equals(SPENDING) || meansGroceries(tokens, words.get(0)))) {
                Entity entity = text.entity(new CategoryCode(code.get()), tokens.get(words.get(0)).start(),
                        tokens.get(words.get(count - 1)).end());
                return Optional.of(new Synonym(entity, count));
            }
        }
        return Optional.empty();
    }

    private Optional<String> code(String phrase, List<Language> languages) {
        return languages.stream().map(language -> codeByPhrase.get(language).get(phrase)).filter(Objects::nonNull).findFirst();
    }

    private static boolean meansGroceries(List<FoldedText.Token> tokens, int index) {
        boolean groceriesBefore = index > 0 && GROCERIES_BEFORE_SPENDING.contains(tokens.get(index - 1).word());
        boolean qualifiedAfter = index + 1 < tokens.size() && QUALIFIERS_OF_SPENDING.contains(tokens.get(index + 1).word());
        return groceriesBefore && !qualifiedAfter;
    }

    /** The indices of the words that are not articles or prepositions. */
    private static List<Integer> contentWords(List<FoldedText.Token> tokens) {
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!StopWords.contains(tokens.get(i).word())) {
                content.add(i);
            }
        }
        return content;
    }

    private static String phrase(List<FoldedText.Token> tokens, List<Integer> indices) {
        return indices.stream().map(index -> tokens.get(index).word()).collect(Collectors.joining(" "));
    }

    private static Map<String, String> index(List<CategorySynonyms> categories, Language language) {
        Map<String, String> codes = new HashMap<>();
        for (CategorySynonyms category : categories) {
            for (String synonym : category.in(language)) {
                String phrase = phrase(synonym);
                String earlier = codes.putIfAbsent(phrase, category.code());
                if (earlier != null && !earlier.equals(category.code())) {
                    throw new IllegalArgumentException("synonym '" + synonym + "' (" + language + ") names both "
                            + earlier + " and " + category.code());
                }
            }
        }
        return Map.copyOf(codes);
    }

    /** A synonym as the words it is matched by: "spesa al supermercato" → "spesa supermercato". */
    private static String phrase(String synonym) {
        List<FoldedText.Token> tokens = FoldedText.of(synonym).tokens();
        List<Integer> content = contentWords(tokens);
        if (content.isEmpty() || content.size() > SYNONYM_WORDS_MAX) {
            throw new IllegalArgumentException("synonym '" + synonym + "' must have 1 to " + SYNONYM_WORDS_MAX
                    + " words besides articles and prepositions");
        }
        return phrase(tokens, content);
    }
}
