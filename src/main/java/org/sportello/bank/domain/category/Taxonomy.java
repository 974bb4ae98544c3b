package org.sportello.bank.domain.category;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sportello.shared.Language;

/** Every category Sportello knows, primary and detailed, and the words that name them. */
public final class Taxonomy {

    private final Map<String, Category> byCode = new LinkedHashMap<>();
    private final List<Category> primaries = new ArrayList<>();
    private final Map<String, List<Category>> detailedByPrimary = new HashMap<>();
    private final Map<Language, PhraseIndex<Category>> synonyms = new EnumMap<>(Language.class);

    public Taxonomy(List<Category> categories) {
        for (Category category : categories) {
            if (byCode.putIfAbsent(category.code(), category) != null) {
                throw new IllegalArgumentException("category " + category.code() + " is listed twice");
            }
        }
        for (Category category : categories) {
            if (category.isPrimary()) {
                primaries.add(category);
            } else if (!byCode.containsKey(category.primaryCode())) {
                throw new IllegalArgumentException("category " + category.code() + " names primary " + category.primaryCode()
                        + ", which is not in the taxonomy");
            } else {
                detailedByPrimary.computeIfAbsent(category.primaryCode(), primary -> new ArrayList<>()).add(category);
            }
        }
        for (Language language : Language.values()) {
            synonyms.put(language, synonymIndex(categories, language));
        }
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The category with this code; an unknown code is a bug in the caller's data. */
    public Category require(String code) {
        Category category = byCode.get(code);
        if (category == null) {
            throw new IllegalArgumentException("unknown category '" + code + "'");
        }
        return category;
    }

    public List<Category> all() {
        return List.copyOf(byCode.values());
    }

    public List<Category> primaries() {
        return List.copyOf(primaries);
    }

    /** The detailed categories of a primary, in taxonomy order; empty for an unknown or detailed code. */
    public List<Category> detailedOf(String primaryCode) {
        return List.copyOf(detailedByPrimary.getOrDefault(primaryCode, List.of()));
    }

    public int size() {
        return byCode.size();
    }

    /**
     * The category a customer names in free text ("quanto ho speso al supermercato", "eating out"):
     * whole words, case and accents ignored, the longest synonym found wins.
     */
    public Optional<Category> matchSynonym(String text, Language language) {
        Objects.requireNonNull(language, "language == null");
        return synonyms.get(language).best(Words.ofText(text), false, category -> true, category -> 0)
                .map(PhraseIndex.Match::value);
    }

    private static PhraseIndex<Category> synonymIndex(List<Category> categories, Language language) {
        Map<String, Category> seen = new HashMap<>();
        List<PhraseIndex.Phrase<Category>> phrases = new ArrayList<>();
        for (Category category : categories) {
            for (String synonym : category.synonyms(language)) {
                String[] words = Words.ofText(synonym);
                if (words.length == 0) {
                    throw new IllegalArgumentException("synonym '" + synonym + "' of " + category.code() + " has no word to match");
                }
                Category earlier = seen.putIfAbsent(String.join(" ", words), category);
                if (earlier == category) {
                    continue; // "e-scooters" folds to "scooters": the same words twice for one category
                }
                if (earlier != null) {
                    throw new IllegalArgumentException("synonym '" + synonym + "' (" + language + ") names both "
                            + earlier.code() + " and " + category.code());
                }
                phrases.add(new PhraseIndex.Phrase<>(words, false, category));
            }
        }
        return new PhraseIndex<>(phrases);
    }
}
