package org.sportello.assistant.domain.entities;

import java.util.Locale;

/**
 * The kinds of entity, declared from the most to the least specific: when two entities found in a
 * message cover text of the same length, the one declared first wins ("bancomat" after "con il" is
 * the customer's card before it is the cash-withdrawal category; "domenica" is a day before it is a
 * contact called Domenico).
 */
public enum EntityType {
    PERIOD,
    AMOUNT,
    CARD,
    CATEGORY,
    MERCHANT,
    PAYEE,
    /** Last: "Opera" or "Nation" in a message about money is more likely a merchant or a word than a place. */
    PLACE;

    /** The name in the parse API: "period", "amount", ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
