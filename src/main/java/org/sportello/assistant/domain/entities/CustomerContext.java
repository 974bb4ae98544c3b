package org.sportello.assistant.domain.entities;

import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sportello.shared.Language;

/**
 * What the extractor needs to know about the customer besides the message.
 *
 * @param now             the customer's current time in the customer's own time zone: "ieri" is the day before its date
 * @param language        the message's language when it shows; empty reads both languages' words
 * @param defaultCurrency the currency of an amount written without one ("sopra i 50")
 * @param knownMerchants  the merchants of the customer's history, by the names the history gives them
 * @param contacts        the names of the customer's contacts
 */
public record CustomerContext(ZonedDateTime now, Optional<Language> language, Currency defaultCurrency,
                              List<String> knownMerchants, List<String> contacts) {

    public static final Currency EURO = Currency.getInstance("EUR");

    /** Merchants or contacts a context holds at most: fuzzy matching cost grows with them. */
    public static final int NAMES_MAX = FuzzyNames.NAMES_MAX;

    public CustomerContext {
        Objects.requireNonNull(now, "now == null");
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(defaultCurrency, "defaultCurrency == null");
        knownMerchants = List.copyOf(knownMerchants);
        contacts = List.copyOf(contacts);
        if (knownMerchants.size() > FuzzyNames.NAMES_MAX || contacts.size() > FuzzyNames.NAMES_MAX) {
            throw new IllegalArgumentException("knownMerchants (" + knownMerchants.size() + ") and contacts ("
                    + contacts.size() + ") may hold at most " + FuzzyNames.NAMES_MAX + " names each");
        }
    }

    /** A customer in euro, language not known, no history and no contacts yet. */
    public static CustomerContext at(ZonedDateTime now) {
        return new CustomerContext(now, Optional.empty(), EURO, List.of(), List.of());
    }

    public CustomerContext withNow(ZonedDateTime moment) {
        return new CustomerContext(moment, language, defaultCurrency, knownMerchants, contacts);
    }

    public CustomerContext inLanguage(Language known) {
        return new CustomerContext(now, Optional.of(known), defaultCurrency, knownMerchants, contacts);
    }

    public CustomerContext withDefaultCurrency(Currency currency) {
        return new CustomerContext(now, language, currency, knownMerchants, contacts);
    }

    public CustomerContext withMerchants(List<String> merchants) {
        return new CustomerContext(now, language, defaultCurrency, merchants, contacts);
    }

    public CustomerContext withContacts(List<String> names) {
        return new CustomerContext(now, language, defaultCurrency, knownMerchants, names);
    }
}
