package org.sportello.assistant.domain.entities;

/** What an entity means, typed by its kind. */
public sealed interface EntityValue permits DatePeriod, MoneyAmount, CategoryCode, MerchantName, PayeeName, CardReference, PlaceName {

    EntityType type();

    /**
     * The value as the parse API writes it: a {@code String}, or a {@code Map<String, Object>} of
     * strings in a fixed order, ready for Jackson.
     */
    Object json();
}
