package org.sportello.assistant.domain.entities;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The card a customer means: by its last four digits ("la carta che finisce con 1234"), by its kind
 * ("la carta di credito", "bancomat"), or both. Never more digits than four.
 */
public record CardReference(Optional<String> last4, Optional<Kind> kind) implements EntityValue {

    public enum Kind {
        DEBIT, CREDIT, PREPAID;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CardReference {
        Objects.requireNonNull(last4, "last4 == null");
        Objects.requireNonNull(kind, "kind == null");
        if (last4.isEmpty() && kind.isEmpty()) {
            throw new IllegalArgumentException("a card reference needs the last four digits or the kind");
        }
        if (last4.isPresent() && !last4.get().matches("[0-9]{4}")) {
            throw new IllegalArgumentException("last4 must be four digits, got '" + last4.get() + "'");
        }
    }

    public static CardReference endingWith(String last4) {
        return new CardReference(Optional.of(last4), Optional.empty());
    }

    public static CardReference ofKind(Kind kind) {
        return new CardReference(Optional.empty(), Optional.of(kind));
    }

    @Override
    public EntityType type() {
        return EntityType.CARD;
    }

    /** {"last4": "1234", "type": "credit"}, each only when known. */
    @Override
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        last4.ifPresent(digits -> json.put("last4", digits));
        kind.ifPresent(known -> json.put("type", known.code()));
        return json;
    }
}
