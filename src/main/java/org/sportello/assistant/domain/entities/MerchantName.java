package org.sportello.assistant.domain.entities;

import java.util.Objects;

/** A merchant as the customer's own history names it ("McDonald's"), whatever the customer typed. */
public record MerchantName(String name) implements EntityValue {

    public MerchantName {
        Objects.requireNonNull(name, "name == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("merchant name is blank");
        }
    }

    @Override
    public EntityType type() {
        return EntityType.MERCHANT;
    }

    @Override
    public String json() {
        return name;
    }
}
