package org.sportello.bank.adapter.out.cards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sportello.bank.CardKind;
import org.sportello.bank.adapter.out.categories.CsvResource;
import org.sportello.bank.domain.card.CardCatalogue;
import org.sportello.bank.domain.card.CardProduct;

/**
 * Reads the card product catalogue {@code bank/card-products.csv}. Meant to be called once at
 * start-up; a mistake in the file fails fast with the file, the line and what to fix.
 */
public final class CardProductResources {

    static final String CATALOGUE = "bank/card-products.csv";

    private CardProductResources() {
    }

    public static CardCatalogue catalogue() {
        return catalogue(CsvResource.read(CATALOGUE, "product", "brand", "kind", "perks"));
    }

    static CardCatalogue catalogue(List<CsvResource.Row> rows) {
        Map<String, Integer> firstLines = new HashMap<>();
        List<CardProduct> products = new ArrayList<>();
        for (CsvResource.Row row : rows) {
            String code = row.required("product");
            Integer first = firstLines.putIfAbsent(code, row.line());
            if (first != null) {
                throw row.error("product '" + code + "' is already on line " + first + ": keep one row per product");
            }
            products.add(product(row, code));
        }
        return new CardCatalogue(products);
    }

    private static CardProduct product(CsvResource.Row row, String code) {
        CardKind kind = kind(row);
        String perks = row.get("perks");
        if (perks.isEmpty()) {
            throw row.error("perks is empty: list the perk codes of '" + code + "', separated by |");
        }
        try {
            return new CardProduct(code, row.required("brand"), kind,
                    Arrays.stream(perks.split("\\|")).map(String::strip).filter(perk -> !perk.isEmpty()).toList());
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static CardKind kind(CsvResource.Row row) {
        String kind = row.required("kind");
        return Arrays.stream(CardKind.values())
                .filter(value -> value.name().equalsIgnoreCase(kind))
                .findFirst()
                .orElseThrow(() -> row.error("kind must be debit, credit or prepaid, got '" + kind + "'"));
    }
}
