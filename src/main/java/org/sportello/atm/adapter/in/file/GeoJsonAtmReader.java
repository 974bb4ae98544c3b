package org.sportello.atm.adapter.in.file;

import java.util.ArrayList;
import java.util.List;
import org.sportello.atm.Atm;
import org.sportello.atm.AtmFormat;
import org.sportello.atm.application.AtmFileReader;
import org.sportello.shared.GeoPoint;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Overpass's GeoJSON export: a FeatureCollection whose features carry the OSM tags as properties and
 * the OSM id as {@code id} (or {@code properties.@id}). Nodes are Points; a branch mapped as a
 * building is a Polygon, placed at the mean of its outer ring's corners, which for a building's
 * simple outline is inside it or near enough.
 */
@Component
public class GeoJsonAtmReader implements AtmFileReader {

    private final JsonMapper json;

    public GeoJsonAtmReader(JsonMapper json) {
        this.json = json;
    }

    @Override
    public AtmFormat format() {
        return AtmFormat.GEOJSON;
    }

    @Override
    public List<Atm> read(String source, String content) {
        PlaceFields fields = new PlaceFields(source);
        JsonNode features = features(fields, content);
        List<Atm> atms = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            fields.countPlace(atms.size());
            atms.add(atm(fields, features.get(i), i));
        }
        return atms;
    }

    private JsonNode features(PlaceFields fields, String content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException malformed) {
            throw fields.refuseFile("not valid JSON at line " + malformed.getLocation().getLineNr() + " column "
                    + malformed.getLocation().getColumnNr() + ": export it again as GeoJSON");
        }
        if (!"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
            throw fields.refuseFile("must be a GeoJSON FeatureCollection with a features array, as Overpass exports");
        }
        return root.path("features");
    }

    private static Atm atm(PlaceFields fields, JsonNode feature, int index) {
        JsonNode tags = feature.path("properties");
        String osmId = feature.path("id").asString(tags.path("@id").asString("")).strip();
        PlaceFields.Where where = new PlaceFields.Where("feature " + index + (osmId.isEmpty() ? "" : " (" + osmId + ")"),
                "/features/" + index, index, osmId.isEmpty() ? null : osmId);
        fields.osmId(where, "id", osmId);
        GeoPoint position = position(fields, where, feature.path("geometry"));
        return new Atm(osmId, position, fields.kind(where, "properties.amenity", tag(tags, "amenity")), tag(tags, "name"),
                tag(tags, "operator"), tag(tags, "addr:street"), tag(tags, "addr:city"), tag(tags, "addr:postcode"),
                tag(tags, "opening_hours"), Atm.Wheelchair.ofTag(tag(tags, "wheelchair")));
    }

    private static GeoPoint position(PlaceFields fields, PlaceFields.Where where, JsonNode geometry) {
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        if (type.equals("Point")) {
            return point(fields, where, coordinates);
        }
        if (type.equals("Polygon") && coordinates.path(0).size() >= 1) {
            return ringCentre(fields, where, coordinates.path(0));
        }
        throw fields.refuse(where, "geometry.type", "must be Point or Polygon, got '" + type + "'");
    }

    /** The mean of the ring's corners; the closing corner repeats the first and is left out. */
    private static GeoPoint ringCentre(PlaceFields fields, PlaceFields.Where where, JsonNode ring) {
        int corners = ring.size() > 1 && ring.get(0).equals(ring.get(ring.size() - 1)) ? ring.size() - 1 : ring.size();
        double latitudes = 0;
        double longitudes = 0;
        for (int i = 0; i < corners; i++) {
            GeoPoint corner = point(fields, where, ring.get(i));
            latitudes += corner.latitude();
            longitudes += corner.longitude();
        }
        return new GeoPoint(latitudes / corners, longitudes / corners);
    }

    private static GeoPoint point(PlaceFields fields, PlaceFields.Where where, JsonNode coordinates) {
        JsonNode longitude = coordinates.path(0);
        JsonNode latitude = coordinates.path(1);
        if (!coordinates.isArray() || !longitude.isNumber() || !latitude.isNumber()) {
            throw fields.refuse(where, "geometry.coordinates", "must be [longitude, latitude] in numbers, got " + coordinates);
        }
        return fields.position(where, "geometry.coordinates", latitude.doubleValue(), "geometry.coordinates",
                longitude.doubleValue(), "latitude " + latitude, "longitude " + longitude);
    }

    private static String tag(JsonNode tags, String key) {
        return tags.path(key).asString("");
    }
}
