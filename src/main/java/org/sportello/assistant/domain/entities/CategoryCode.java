package org.sportello.assistant.domain.entities;

import java.util.Objects;

/** A category of the spending taxonomy, by its code: FOOD_AND_DRINK_GROCERIES. */
public record CategoryCode(String code) implements EntityValue {

    public CategoryCode {
        Objects.requireNonNull(code, "code == null");
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("category code must be upper-case letters, digits and _, got '" + code + "'");
        }
    }

    @Override
    public EntityType type() {
        return EntityType.CATEGORY;
    }

    @Override
    public String json() {
        return code;
    }
}
