package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** `sportello atm import` on files, against its own embedded database; `sportello atm places` on gazetteer files. */
class AtmCommandTest {

    static final Path GEOJSON = Path.of("src/main/resources/atm/atm_iledefrance_osm.geojson");
    static final Path PLACES = Path.of("src/main/resources/atm/paris-places.geojson");

    private final Path dataDir = Path.of("target/test-data/atm-" + UUID.randomUUID());

    @Test
    void importsTheParisExportThenRefusesABadFileNamingTheLine() throws IOException {
        Path broken = Files.createDirectories(dataDir).resolve("broken.csv");
        Files.writeString(broken, "osm_id,lat,lon,amenity,name,operator,street,city,postcode,opening_hours,wheelchair\n"
                + "node/1,48.8,2.3,atm,,,,,,,\nnode/2,95,2.3,atm,,,,,,,\n");

        CommandLineRun run = CommandLineRun.of("atm", "import", "--data-dir", dataDir.toString(), GEOJSON.toString(), broken.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ImportCommand.REFUSED);
        assertThat(run.out()).contains(GEOJSON + ": 1,122 places, 1,122 added, 0 updated, 0 unchanged in ")
                .contains("Data © OpenStreetMap contributors, ODbL 1.0.");
        assertThat(run.err()).isEqualTo(broken + ": refused, nothing was imported: broken.csv line 3: lat must be a number between"
                + " -90 and 90, got '95'" + System.lineSeparator());
    }

    @Test
    void refusesAFileOfUnknownFormatBeforeOpeningTheDatabase() {
        CommandLineRun run = CommandLineRun.of("atm", "import", "pom.xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Cannot tell the format of pom.xml: name it .csv, .geojson or .json.");
    }

    @Test
    void explainsItself() {
        assertThat(CommandLineRun.of("atm", "import", "--help").out()).contains("Import ATMs and branches from OpenStreetMap exports");
        assertThat(CommandLineRun.of("--help").out()).contains("atm");
    }

    @Test
    void checksAGazetteerAndReadsSampleMessagesForPlaces() {
        CommandLineRun run = CommandLineRun.of("atm", "places", PLACES.toString(), "--find", "bancomat vicino alla Gare de Lyon",
                "--find", "atm near 75011 or the Eiffel Tower", "--find", "quanto ho speso?");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(PLACES + ": 138 places, ")
                .contains("\"bancomat vicino alla Gare de Lyon\": \"Gare de Lyon\" is Gare de Lyon (48.8443, 2.3744)")
                .contains("\"atm near 75011 or the Eiffel Tower\": \"75011\" is Paris 11e Arrondissement (48.8591, 2.38);"
                        + " \"Eiffel Tower\" is Tour Eiffel (48.8584, 2.2945)")
                .contains("\"quanto ho speso?\": no place");
    }

    @Test
    void refusesAGazetteerWithABadFeatureNamingIt() throws IOException {
        Path broken = Files.createDirectories(dataDir).resolve("places.geojson");
        Files.writeString(broken, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"place\":\"square\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[2.3,48.8]}}]}");

        CommandLineRun run = CommandLineRun.of("atm", "places", broken.toString());

        assertThat(run.exitCode()).isEqualTo(ImportCommand.REFUSED);
        assertThat(run.err()).isEqualTo(broken + ": refused: places.geojson feature 0: properties.name is missing: a place needs a"
                + " name or a postal_code customers can type" + System.lineSeparator());
        assertThat(CommandLineRun.of("atm", "places", "--help").out()).contains("Check gazetteer files");
    }
}
