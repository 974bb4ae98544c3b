package org.sportello.assistant.domain.entities;

import java.util.List;
import java.util.Objects;
import org.sportello.shared.Language;

/** A category of the taxonomy and the words customers use for it in each language. */
public record CategorySynonyms(String code, List<String> italian, List<String> english) {

    public CategorySynonyms {
        Objects.requireNonNull(code, "code == null");
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("category code must be upper-case letters, digits and _, got '" + code + "'");
        }
        italian = List.copyOf(italian);
        english = List.copyOf(english);
    }

    public List<String> in(Language language) {
        return language == Language.IT ? italian : english;
    }
}
