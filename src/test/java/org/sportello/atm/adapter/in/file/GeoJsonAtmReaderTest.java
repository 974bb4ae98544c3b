package org.sportello.atm.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.atm.Atm;
import org.sportello.atm.AtmFileRefused;
import org.sportello.shared.GeoPoint;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonAtmReaderTest {

    private final GeoJsonAtmReader reader = new GeoJsonAtmReader(JsonMapper.builder().build());

    @Test
    void readsPointsAndPlacesABuildingAtItsCorners() {
        List<Atm> atms = reader.read("atms.geojson", collection(
                feature("node/1", "{'type':'Point','coordinates':[2.35,48.85]}",
                        "'amenity':'atm','operator':'LCL','opening_hours':'24/7','wheelchair':'yes','addr:city':'Paris'"),
                feature("way/2", "{'type':'Polygon','coordinates':[[[2.0,48.0],[2.5,48.0],[2.5,49.0],[2.0,49.0],[2.0,48.0]]]}",
                        "'amenity':'bank','name':'Agence','wheelchair':'bad'")));

        assertThat(atms).containsExactly(
                new Atm("node/1", new GeoPoint(48.85, 2.35), Atm.Kind.ATM, "", "LCL", "", "Paris", "", "24/7", Atm.Wheelchair.YES),
                new Atm("way/2", new GeoPoint(48.5, 2.25), Atm.Kind.BRANCH, "Agence", "", "", "", "", "", Atm.Wheelchair.UNKNOWN));
    }

    @Test
    void readsTheShippedOverpassExportAsTheCsvHasIt() throws IOException {
        List<Atm> fromGeoJson = reader.read("atm_iledefrance_osm.geojson", CsvAtmReaderTest.shipped("atm/atm_iledefrance_osm.geojson"));
        List<Atm> fromCsv = new CsvAtmReader().read("atm_iledefrance_osm.csv", CsvAtmReaderTest.shipped("atm/atm_iledefrance_osm.csv"));

        assertThat(fromGeoJson).hasSize(1_122);
        assertThat(fromGeoJson).extracting(Atm::osmId, Atm::position).isEqualTo(
                fromCsv.stream().map(atm -> org.assertj.core.groups.Tuple.tuple(atm.osmId(), atm.position())).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{'type':'Point','coordinates':[2.3,95]}  | 'amenity':'atm' "
                    + "| atms.geojson feature 1 (node/5): geometry.coordinates must be a number between -90 and 90, got 'latitude 95'",
            "{'type':'Point','coordinates':['2.3',48]} | 'amenity':'atm' "
                    + "| atms.geojson feature 1 (node/5): geometry.coordinates must be [longitude, latitude] in numbers, got [\"2.3\",48]",
            "{'type':'LineString','coordinates':[]}  | 'amenity':'atm' "
                    + "| atms.geojson feature 1 (node/5): geometry.type must be Point, Polygon or MultiPolygon, got 'LineString'",
            "{'type':'Point','coordinates':[2.3,48]} | 'amenity':'cafe' "
                    + "| atms.geojson feature 1 (node/5): properties.amenity must be atm or bank, got 'cafe': leave other amenities out of the file"})
    void refusesABadFeatureNamingFileIndexIdAndField(String geometry, String tags, String message) {
        String content = collection(feature("node/4", "{'type':'Point','coordinates':[2.3,48]}", "'amenity':'atm'"),
                feature("node/5", geometry, tags));

        assertThatThrownBy(() -> reader.read("atms.geojson", content)).isInstanceOf(AtmFileRefused.class).hasMessage(message);
    }

    @Test
    void refusesAFeatureWithoutAnOsmId() {
        assertThatThrownBy(() -> reader.read("atms.geojson", collection(feature("", "{'type':'Point','coordinates':[2.3,48]}",
                "'amenity':'atm'")))).hasMessage("atms.geojson feature 0: id must be node/, way/ or relation/ and a number, such as"
                + " node/275218202, got ''");
    }

    @Test
    void refusesWhatIsNotAFeatureCollection() {
        assertThatThrownBy(() -> reader.read("atms.geojson", "{\"type\":\"Feature\"}"))
                .hasMessage("atms.geojson: must be a GeoJSON FeatureCollection with a features array, as Overpass exports");
        assertThatThrownBy(() -> reader.read("atms.geojson", "{\"type\":\n\"Feature"))
                .hasMessageStartingWith("atms.geojson: not valid JSON at line 2 column ");
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String feature(String id, String geometry, String tags) {
        return ("{'type':'Feature','id':'" + id + "','properties':{" + tags + "},'geometry':" + geometry + "}").replace('\'', '"');
    }
}
