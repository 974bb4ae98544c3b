package org.sportello.bank;

import java.util.List;
import org.sportello.shared.MaskedPan;

/**
 * What comes with one of the customer's cards: the perk codes of its product, in the catalogue's
 * order. Each code names the texts {@code perk.<code>.name} and {@code perk.<code>.detail} of the
 * message bundles. A card of a product the catalogue does not list has no perks.
 */
public record CardPerks(String cardId, String productCode, String brand, CardKind kind, MaskedPan pan, List<String> perks) {

    public CardPerks {
        perks = List.copyOf(perks);
    }
}
