package org.sportello.atm.adapter.in.file;

import static org.sportello.atm.adapter.in.file.GeoJsonFeatures.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sportello.atm.NamedPlace;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named places from an Overpass GeoJSON export (places, stations, squares, landmarks, postcode
 * areas): {@code name}, {@code name:it}, {@code name:en}, {@code alt_name}, {@code short_name},
 * {@code official_name} and {@code postal_code} (or {@code addr:postcode}). A postcode area with no
 * name is named by its postcode. A bad feature refuses the file, naming the feature and the field.
 */
public class GeoJsonPlacesReader {

    /** A file of places holds at most this many: the gazetteer is read at every start. */
    public static final int PLACES_MAX = 100_000;
    /** OSM writes French postcodes as five digits; other countries' are letters and digits, shorter than this. */
    private static final String POSTCODE = "[A-Za-z0-9 -]{3,10}";

    private final JsonMapper json;

    public GeoJsonPlacesReader(JsonMapper json) {
        this.json = json;
    }

    public List<NamedPlace> read(String source, String content) {
        PlaceFields fields = new PlaceFields(source);
        JsonNode features = GeoJsonFeatures.features(json, fields, content);
        if (features.size() > PLACES_MAX) {
            throw fields.refuseFile("holds " + features.size() + " places, at most " + PLACES_MAX + ": split it into smaller files");
        }
        List<NamedPlace> places = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            places.add(place(fields, features.get(i), i));
        }
        return places;
    }

    private static NamedPlace place(PlaceFields fields, JsonNode feature, int index) {
        JsonNode tags = feature.path("properties");
        String postcode = tag(tags, "postal_code").isEmpty() ? tag(tags, "addr:postcode") : tag(tags, "postal_code");
        String name = tag(tags, "name").isEmpty() ? postcode : tag(tags, "name");
        String id = feature.path("id").asString(tags.path("@id").asString("")).strip();
        String label = !id.isEmpty() ? id : name;
        PlaceFields.Where where = new PlaceFields.Where("feature " + index + (label.isEmpty() ? "" : " (" + label + ")"),
                "/features/" + index, index, label.isEmpty() ? null : label);
        if (name.isEmpty()) {
            throw fields.refuse(where, "properties.name", "is missing: a place needs a name or a postal_code customers can type");
        }
        if (!postcode.isEmpty() && !postcode.matches(POSTCODE)) {
            throw fields.refuse(where, "properties.postal_code", "must be 3 to 10 letters, digits or spaces, got '" + postcode + "'");
        }
        GeoPoint position = GeoJsonFeatures.position(fields, where, feature.path("geometry"));
        Map<Language, String> localNames = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String local = tag(tags, "name:" + language.code());
            if (!local.isEmpty()) {
                localNames.put(language, local);
            }
        }
        List<String> aliases = new ArrayList<>();
        for (String key : List.of("alt_name", "short_name", "official_name", "name:fr")) {
            Arrays.stream(tag(tags, key).split(";")).map(String::strip).filter(alias -> !alias.isEmpty()).forEach(aliases::add);
        }
        return new NamedPlace(name, localNames, aliases, postcode, position);
    }
}
