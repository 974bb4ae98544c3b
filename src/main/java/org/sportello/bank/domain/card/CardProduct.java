package org.sportello.bank.domain.card;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sportello.bank.CardKind;

/**
 * A card the bank issues and what comes with it. Product and perk codes name texts in the message
 * bundles ({@code card.product.<code>}, {@code perk.<code>.name}), hence their narrow spelling.
 *
 * @param perks perk codes, most valued first
 */
public record CardProduct(String code, String brand, CardKind kind, List<String> perks) {

    /** A card with more perks than a chat message can list is a mistake in the catalogue. */
    public static final int PERKS_MAX = 12;

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public CardProduct {
        Objects.requireNonNull(brand, "brand == null");
        Objects.requireNonNull(kind, "kind == null");
        requireCode("product", code);
        perks = List.copyOf(perks);
        if (perks.isEmpty()) {
            throw new IllegalArgumentException("product '" + code + "' has no perks");
        }
        if (perks.size() > PERKS_MAX) {
            throw new IllegalArgumentException("product '" + code + "' has " + perks.size() + " perks, at most " + PERKS_MAX);
        }
        Set<String> seen = new HashSet<>();
        for (String perk : perks) {
            requireCode("perk", perk);
            if (!seen.add(perk)) {
                throw new IllegalArgumentException("perk '" + perk + "' is listed twice");
            }
        }
    }

    private static void requireCode(String what, String code) {
        Objects.requireNonNull(code, what + " code == null");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " code '" + code + "' must be lowercase letters and digits joined by -");
        }
    }
}
