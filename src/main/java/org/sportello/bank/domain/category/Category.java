package org.sportello.bank.domain.category;

import java.util.List;
import java.util.Objects;
import org.sportello.shared.Language;

/**
 * A spending category: a primary one such as FOOD_AND_DRINK, or a detailed one inside it such as
 * FOOD_AND_DRINK_GROCERIES, with the words customers use for it in each language.
 */
public record Category(String code, String primaryCode, List<String> synonymsIt, List<String> synonymsEn) {

    public Category {
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(primaryCode, "primaryCode == null");
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("category code must be upper-case letters, digits and _, got '" + code + "'");
        }
        if (!code.equals(primaryCode) && !code.startsWith(primaryCode + "_")) {
            throw new IllegalArgumentException("detailed category " + code + " must start with its primary " + primaryCode + "_");
        }
        synonymsIt = List.copyOf(synonymsIt);
        synonymsEn = List.copyOf(synonymsEn);
    }

    public static Category of(String code, String primaryCode) {
        return new Category(code, primaryCode, List.of(), List.of());
    }

    public boolean isPrimary() {
        return code.equals(primaryCode);
    }

    public List<String> synonyms(Language language) {
        return language == Language.IT ? synonymsIt : synonymsEn;
    }
}
