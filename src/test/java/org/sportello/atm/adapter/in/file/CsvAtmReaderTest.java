package org.sportello.atm.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sportello.atm.Atm;
import org.sportello.atm.AtmFileRefused;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Violation;

class CsvAtmReaderTest {

    static final String HEADER = "osm_id,lat,lon,amenity,name,operator,street,city,postcode,opening_hours,wheelchair\n";

    private final CsvAtmReader reader = new CsvAtmReader();

    @Test
    void readsEveryColumnOfAPlace() {
        List<Atm> atms = reader.read("atms.csv", HEADER
                + "node/280143977,48.8491566,2.4233458,atm,,Orange Bank,,,,24/7,no\n"
                + "way/42,48.87,2.33,bank,Agence Opéra,\"BNP Paribas, SA\",Boulevard Haussmann,Paris,75009,Mo-Fr 09:00-17:00,limited\n");

        assertThat(atms).containsExactly(
                new Atm("node/280143977", new GeoPoint(48.8491566, 2.4233458), Atm.Kind.ATM, "", "Orange Bank", "", "", "", "24/7",
                        Atm.Wheelchair.NO),
                new Atm("way/42", new GeoPoint(48.87, 2.33), Atm.Kind.BRANCH, "Agence Opéra", "BNP Paribas, SA", "Boulevard Haussmann",
                        "Paris", "75009", "Mo-Fr 09:00-17:00", Atm.Wheelchair.LIMITED));
    }

    @Test
    void readsTheShippedParisData() throws IOException {
        List<Atm> atms = reader.read("atm_iledefrance_osm.csv", shipped("atm/atm_iledefrance_osm.csv"));

        assertThat(atms).hasSize(1_122);
        assertThat(atms.get(0).osmId()).isEqualTo("node/275218202");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "node/1,abc,2.3,atm     | atms.csv line 3: lat must be a number between -90 and 90, got 'abc'",
            "node/1,91,2.3,atm      | atms.csv line 3: lat must be a number between -90 and 90, got '91'",
            "node/1,48.8,,atm       | atms.csv line 3: lon must be a number between -180 and 180, got ''",
            "node/1,48.8,2.3e1,atm  | atms.csv line 3: lon must be a number between -180 and 180, got '2.3e1'",
            "node/1,48.8,2.3,cafe   | atms.csv line 3: amenity must be atm or bank, got 'cafe': leave other amenities out of the file",
            "275218202,48.8,2.3,atm | atms.csv line 3: osm_id must be node/, way/ or relation/ and a number, such as node/275218202,"
                    + " got '275218202'",
            "node/9,48.8,2.3,atm    | atms.csv line 3: osm_id repeats node/9 of line 2: keep one of them"})
    void refusesABadRowNamingFileLineAndField(String row, String message) {
        String content = HEADER + "node/9,48.8,2.3,atm\n" + row + "\n";

        assertThatThrownBy(() -> reader.read("atms.csv", content))
                .isInstanceOf(AtmFileRefused.class)
                .hasMessage(message);
    }

    @Test
    void tellsTheApiWhichLineAndFieldAreAtFault() {
        AtmFileRefused refused = refusal(HEADER + "\nnode/7,48.8,abc,atm\n");

        assertThat(refused.violations()).containsExactly(new Violation("/lines/3/lon", "lon",
                "atms.csv line 3: lon must be a number between -180 and 180, got 'abc'", 3, "node/7"));
    }

    @Test
    void refusesAFileWithoutTheColumns() {
        assertThat(refusal("id,lat,lon\nnode/1,1,1\n")).hasMessage("atms.csv: line 1: column 'osm_id' is missing from the header"
                + " [id, lat, lon]; the header must be " + HEADER.strip());
    }

    @Test
    void refusesBrokenQuoting() {
        assertThat(refusal(HEADER + "node/1,48.8,2.3,atm,\"Unclosed\n").getMessage())
                .startsWith("atms.csv: not valid CSV (").endsWith("): check the quotes around values with commas");
    }

    private AtmFileRefused refusal(String content) {
        try {
            reader.read("atms.csv", content);
        } catch (AtmFileRefused refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    static String shipped(String resource) throws IOException {
        try (InputStream in = CsvAtmReaderTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
