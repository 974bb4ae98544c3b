package org.sportello.assistant.domain.entities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Language;

/**
 * A place the customer named ("Gare de Lyon", "piazza della Repubblica", "75011"), as the gazetteer
 * knows it: its local name, its names in the customer's languages, and where it is.
 */
public record PlaceName(String name, Map<Language, String> localNames, GeoPoint position) implements EntityValue {

    public PlaceName {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(position, "position == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("place name is blank");
        }
        localNames = Map.copyOf(localNames);
    }

    /** The name to show: in the customer's language where the gazetteer has one. */
    public String nameIn(Language language) {
        return localNames.getOrDefault(language, name);
    }

    @Override
    public EntityType type() {
        return EntityType.PLACE;
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("latitude", position.latitude());
        json.put("longitude", position.longitude());
        return json;
    }
}
