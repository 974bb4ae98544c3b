package org.sportello.assistant.domain.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the merchants of a customer's own history in a message, by the name the history gives them:
 * "quanto ho speso da mcdonalds" → McDonald's, "esselunag" → Esselunga. Case, accents, spacing,
 * apostrophes and small typos do not matter (see {@link FuzzyNames} for how small).
 */
public final class MerchantMatcher {

    private final FuzzyNames names;

    /** @param knownMerchants the merchant names of the customer's history, at most {@link FuzzyNames#NAMES_MAX} */
    public MerchantMatcher(List<String> knownMerchants) {
        Objects.requireNonNull(knownMerchants, "knownMerchants == null");
        Map<String, String> byItself = new LinkedHashMap<>();
        knownMerchants.forEach(name -> byItself.putIfAbsent(name, name));
        this.names = new FuzzyNames(byItself);
    }

    public List<Entity> find(String message) {
        return find(FoldedText.of(message));
    }

    List<Entity> find(FoldedText text) {
        return names.find(text).stream()
                .map(found -> text.entity(new MerchantName(found.canonical()), found.start(), found.end()))
                .toList();
    }
}
