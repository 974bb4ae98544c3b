package org.sportello.atm.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.atm.adapter.in.file.GeoJsonAtmReaderTest.collection;
import static org.sportello.atm.adapter.in.file.GeoJsonAtmReaderTest.feature;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.atm.AtmFileRefused;
import org.sportello.atm.NamedPlace;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Language;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonPlacesReaderTest {

    private final GeoJsonPlacesReader reader = new GeoJsonPlacesReader(JsonMapper.builder().build());

    @Test
    void readsNamesInEachLanguageAliasesAndPostcodes() {
        List<NamedPlace> places = reader.read("places.geojson", collection(
                feature("node/1", "{'type':'Point','coordinates':[2.2945,48.8584]}",
                        "'tourism':'attraction','name':'Tour Eiffel','name:en':'Eiffel Tower','name:it':'Torre Eiffel',"
                                + "'name:de':'Eiffelturm','alt_name':'La tour Eiffel; Eiffel ;'"),
                feature("relation/2", "{'type':'MultiPolygon','coordinates':[[[[2.37,48.85],[2.39,48.85],[2.39,48.87],[2.37,48.87],[2.37,48.85]]]]}",
                        "'boundary':'postal_code','postal_code':'75011'")));

        assertThat(places).containsExactly(
                new NamedPlace("Tour Eiffel", Map.of(Language.EN, "Eiffel Tower", Language.IT, "Torre Eiffel"),
                        List.of("La tour Eiffel", "Eiffel"), "", new GeoPoint(48.8584, 2.2945)),
                new NamedPlace("75011", Map.of(), List.of(), "75011", new GeoPoint(48.86, 2.38)));
        assertThat(places.get(0).spellings()).containsExactlyInAnyOrder("Tour Eiffel", "Eiffel Tower", "Torre Eiffel", "La tour Eiffel", "Eiffel");
        assertThat(places.get(0).nameIn(Language.IT)).isEqualTo("Torre Eiffel");
    }

    @Test
    void readsTheShippedParisPlaces() throws IOException {
        List<NamedPlace> places = reader.read("paris-places.geojson", CsvAtmReaderTest.shipped("atm/paris-places.geojson"));

        assertThat(places).hasSize(138);
        assertThat(places).filteredOn(place -> place.postcode().startsWith("750")).hasSize(20);
        assertThat(places).allSatisfy(place -> {
            assertThat(place.position().latitude()).isBetween(48.80, 48.94);
            assertThat(place.position().longitude()).isBetween(2.20, 2.45);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{'type':'Point','coordinates':[2.3,48]}    | 'place':'square' "
                    + "| places.geojson feature 1 (node/5): properties.name is missing: a place needs a name or a postal_code customers can type",
            "{'type':'Point','coordinates':[2.3,48]}    | 'name':'X','postal_code':'75011; 75012' "
                    + "| places.geojson feature 1 (node/5): properties.postal_code must be 3 to 10 letters, digits or spaces, got '75011; 75012'",
            "{'type':'LineString','coordinates':[]}    | 'name':'Rue de Rivoli' "
                    + "| places.geojson feature 1 (node/5): geometry.type must be Point, Polygon or MultiPolygon, got 'LineString'",
            "{'type':'Point','coordinates':[200,48]}   | 'name':'Nowhere' "
                    + "| places.geojson feature 1 (node/5): geometry.coordinates must be a number between -180 and 180, got 'longitude 200'"})
    void refusesABadFeatureNamingFileIndexIdAndField(String geometry, String tags, String message) {
        String content = collection(feature("node/4", "{'type':'Point','coordinates':[2.3,48]}", "'name':'Nation'"),
                feature("node/5", geometry, tags));

        assertThatThrownBy(() -> reader.read("places.geojson", content)).isInstanceOf(AtmFileRefused.class).hasMessage(message);
    }

    @Test
    void namesAFeatureWithoutAnIdByItsName() {
        String content = "{'type':'FeatureCollection','features':[{'type':'Feature','properties':{'name':'Bastille'},'geometry':{}}]}"
                .replace('\'', '"');

        assertThatThrownBy(() -> reader.read("places.geojson", content))
                .hasMessage("places.geojson feature 0 (Bastille): geometry.type must be Point, Polygon or MultiPolygon, got ''");
    }
}
