package org.sportello.assistant.domain.entities;

import java.util.Objects;

/** One of the customer's contacts, by the name the contact list gives it ("Giulia Bianchi"). */
public record PayeeName(String name) implements EntityValue {

    public PayeeName {
        Objects.requireNonNull(name, "name == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("payee name is blank");
        }
    }

    @Override
    public EntityType type() {
        return EntityType.PAYEE;
    }

    @Override
    public String json() {
        return name;
    }
}
