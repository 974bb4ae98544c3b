package org.sportello.assistant.domain.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.assistant.domain.entities.Customers.NOVEMBER;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.atm.adapter.in.file.GeoJsonPlacesReader;
import org.sportello.shared.Language;
import tools.jackson.databind.json.JsonMapper;

/** Places typed in Italian, English and French, read against the gazetteer shipped in the jar. */
class GazetteerPlacesTest {

    static final PlaceMatcher SHIPPED = PlaceMatcher.of(new GeoJsonPlacesReader(JsonMapper.builder().build())
            .read("paris-places.geojson", shipped()));

    static final EntityExtractor EXTRACTOR = new EntityExtractor(CategoryMatcherTest.TAXONOMY, SHIPPED);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            bancomat vicino a Place de la République          | Place de la République          | Place de la République
            c'è un bancomat vicino alla Gare de Lyon?         | Gare de Lyon                    | Gare de Lyon
            bancomat vicino a piazza della repubblica          | piazza della repubblica         | Place de la République
            sportello vicino alla torre eiffel                 | torre eiffel                    | Tour Eiffel
            sono alla stazione nord, dove prelevo?             | stazione nord                   | Gare du Nord
            sono alla Bastiglia                                | Bastiglia                       | Place de la Bastille
            bancomat vicino al Louvre                          | Louvre                          | Musée du Louvre
            vicino a place de la repubblique                   | place de la repubblique         | Place de la République
            sono ai giardini del lussemburgo                   | giardini del lussemburgo        | Jardin du Luxembourg
            a Parigi 11                                        | Parigi 11                       | Paris 11e Arrondissement
            atm near 75011                                     | 75011                           | Paris 11e Arrondissement
            cash machine near the Eiffel Tower                 | Eiffel Tower                    | Tour Eiffel
            is there an ATM close to Gare de Lyon              | Gare de Lyon                    | Gare de Lyon
            atm near Republic Square                           | Republic Square                 | Place de la République
            I'm in the Latin Quarter, where can I get cash?    | Latin Quarter                   | Quartier latin
            an atm in the 11th arrondissement                  | 11th arrondissement             | Paris 11e Arrondissement
            ATM near Montparnasse station                      | Montparnasse station            | Gare Montparnasse
            distributeur près de la place de la République     | place de la République          | Place de la République
            un distributeur à côté de la gare Saint-Lazare     | gare Saint-Lazare               | Gare Saint-Lazare
            je suis à la Gare de l'Est                         | Gare de l'Est                   | Gare de l'Est
            près du Sacré-Cœur                                 | Sacré-Cœur                      | Basilique du Sacré-Cœur
            distributeur dans le 5e arrondissement             | 5e arrondissement               | Paris 5e Arrondissement
            vicino a Boulogne                                  | Boulogne                        | Boulogne-Billancourt
            Gare de Lyon                                       | Gare de Lyon                    | Gare de Lyon
            """)
    void findsThePlaceWhateverTheLanguage(String message, String quoted, String place) {
        assertThat(SHIPPED.find(message))
                .singleElement()
                .satisfies(entity -> {
                    assertThat(entity.text()).isEqualTo(quoted);
                    assertThat(((PlaceName) entity.value()).name()).isEqualTo(place);
                });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            quanto ho speso a ottobre?
            atm near my house
            where is the nearest atm
            bancomat vicino a me
            ho pagato 75012 euro di affitto
            """)
    void findsNoPlaceWhereNoneIsNamed(String message) {
        assertThat(EXTRACTOR.extract(message, CustomerContext.at(NOVEMBER)).stream().map(Entity::type))
                .doesNotContain(EntityType.PLACE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            IT | Piazza della Concordia | Place de la Concorde
            IT | Torre Eiffel         | Torre Eiffel
            EN | Tour Eiffel          | Eiffel Tower
            EN | Lyon station         | Gare de Lyon
            """)
    void showsThePlaceInTheCustomersLanguage(Language language, String typed, String shown) {
        PlaceName place = (PlaceName) SHIPPED.find(typed).get(0).value();

        assertThat(place.nameIn(language)).isEqualTo(shown);
    }

    private static String shipped() {
        try (InputStream in = GazetteerPlacesTest.class.getResourceAsStream("/atm/paris-places.geojson")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
