package org.sportello.atm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Language;

/**
 * A place customers name when they ask for an ATM near it ("Gare de Lyon", "Piazza della Repubblica",
 * "75011"), as OpenStreetMap tags it: {@code name}, {@code name:it} and {@code name:en}, the other ways
 * of writing it ({@code alt_name}, split at OSM's ";") and its {@code postal_code}.
 *
 * @param name       OSM's {@code name}: the local (French) name
 * @param localNames the name in a customer's language, where OSM has one
 * @param aliases    other spellings customers may type
 * @param postcode   empty when the place is not a postcode area
 */
public record NamedPlace(String name, Map<Language, String> localNames, List<String> aliases, String postcode, GeoPoint position) {

    public NamedPlace {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(position, "position == null");
        Objects.requireNonNull(postcode, "postcode == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        localNames = Map.copyOf(localNames);
        aliases = List.copyOf(aliases);
    }

    /** The name to show a customer: in their language where OSM has one, else the local name. */
    public String nameIn(Language language) {
        return localNames.getOrDefault(language, name);
    }

    /** Every way of writing the place a customer may type: names first, then aliases, then the postcode. */
    public List<String> spellings() {
        List<String> spellings = new ArrayList<>();
        spellings.add(name);
        spellings.addAll(localNames.values());
        spellings.addAll(aliases);
        if (!postcode.isEmpty()) {
            spellings.add(postcode);
        }
        return spellings;
    }
}
