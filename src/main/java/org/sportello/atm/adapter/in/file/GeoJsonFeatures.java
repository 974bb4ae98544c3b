package org.sportello.atm.adapter.in.file;

import org.sportello.shared.GeoPoint;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What both OpenStreetMap GeoJSON files (ATMs, named places) share: Overpass's FeatureCollection, and
 * a position for each feature. Nodes are Points; a place mapped as an area is a Polygon (or a
 * MultiPolygon, read by its first polygon), placed at the mean of its outer ring's corners, which for
 * a building or a square is inside it or near enough.
 */
final class GeoJsonFeatures {

    private GeoJsonFeatures() {
    }

    static JsonNode features(JsonMapper json, PlaceFields fields, String content) {
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

    static GeoPoint position(PlaceFields fields, PlaceFields.Where where, JsonNode geometry) {
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        if (type.equals("Point")) {
            return point(fields, where, coordinates);
        }
        if (type.equals("Polygon") && coordinates.path(0).size() >= 1) {
            return ringCentre(fields, where, coordinates.path(0));
        }
        if (type.equals("MultiPolygon") && coordinates.path(0).path(0).size() >= 1) {
            return ringCentre(fields, where, coordinates.path(0).path(0));
        }
        throw fields.refuse(where, "geometry.type", "must be Point, Polygon or MultiPolygon, got '" + type + "'");
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

    /** An OSM tag's value; empty when the feature has none. */
    static String tag(JsonNode tags, String key) {
        return tags.path(key).asString("").strip();
    }
}
