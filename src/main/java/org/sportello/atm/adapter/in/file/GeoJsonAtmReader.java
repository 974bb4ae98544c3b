package org.sportello.atm.adapter.in.file;

import static org.sportello.atm.adapter.in.file.GeoJsonFeatures.tag;

import java.util.ArrayList;
import java.util.List;
import org.sportello.atm.Atm;
import org.sportello.atm.AtmFormat;
import org.sportello.atm.application.AtmFileReader;
import org.sportello.shared.GeoPoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Overpass's GeoJSON export: a FeatureCollection whose features carry the OSM tags as properties and
 * the OSM id as {@code id} (or {@code properties.@id}); positions as {@link GeoJsonFeatures} reads them.
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
        JsonNode features = GeoJsonFeatures.features(json, fields, content);
        List<Atm> atms = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            fields.countPlace(atms.size());
            atms.add(atm(fields, features.get(i), i));
        }
        return atms;
    }

    private static Atm atm(PlaceFields fields, JsonNode feature, int index) {
        JsonNode tags = feature.path("properties");
        String osmId = feature.path("id").asString(tags.path("@id").asString("")).strip();
        PlaceFields.Where where = new PlaceFields.Where("feature " + index + (osmId.isEmpty() ? "" : " (" + osmId + ")"),
                "/features/" + index, index, osmId.isEmpty() ? null : osmId);
        fields.osmId(where, "id", osmId);
        GeoPoint position = GeoJsonFeatures.position(fields, where, feature.path("geometry"));
        return new Atm(osmId, position, fields.kind(where, "properties.amenity", tag(tags, "amenity")), tag(tags, "name"),
                tag(tags, "operator"), tag(tags, "addr:street"), tag(tags, "addr:city"), tag(tags, "addr:postcode"),
                tag(tags, "opening_hours"), Atm.Wheelchair.ofTag(tag(tags, "wheelchair")));
    }
}
