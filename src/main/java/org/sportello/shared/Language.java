package org.sportello.shared;

import java.util.Locale;
import java.util.Optional;

/** The languages Sportello speaks with customers. */
public enum Language {
    IT(Locale.ITALY),
    // English speakers here bank in euro: en-IE writes "€1,234.56" and uses day-first dates.
    EN(Locale.forLanguageTag("en-IE"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "it", "IT", "it-IT", "en_GB" → the language; anything else → empty. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.length() < 2) {
            return Optional.empty();
        }
        String prefix = tag.substring(0, 2).toUpperCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.name().equals(prefix)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
