package org.sportello.bank.domain.card;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every card product the bank issues, by code. */
public final class CardCatalogue {

    private final Map<String, CardProduct> products = new LinkedHashMap<>();

    public CardCatalogue(List<CardProduct> products) {
        for (CardProduct product : products) {
            if (this.products.putIfAbsent(product.code(), product) != null) {
                throw new IllegalArgumentException("product '" + product.code() + "' is listed twice");
            }
        }
    }

    public Optional<CardProduct> product(String code) {
        return Optional.ofNullable(products.get(code));
    }

    /** The perks of a product; none for a product the catalogue does not list. */
    public List<String> perksOf(String productCode) {
        return product(productCode).map(CardProduct::perks).orElse(List.of());
    }

    public List<CardProduct> products() {
        return List.copyOf(products.values());
    }

    /** Every perk some product offers, in the catalogue's order. */
    public Set<String> perkCodes() {
        Set<String> perks = new LinkedHashSet<>();
        products.values().forEach(product -> perks.addAll(product.perks()));
        return Collections.unmodifiableSet(perks);
    }
}
