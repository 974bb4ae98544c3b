package org.sportello.atm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sportello.shared.GeoPoint;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.HttpTestClient.Response;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imports into the shared application; each test uses OSM ids of its own, far from the shipped ones. */
@SportelloIntegrationTest
class AtmImportTest {

    static final String HEADER = "osm_id,lat,lon,amenity,name,operator,street,city,postcode,opening_hours,wheelchair\n";
    static final String SHIPPED = "atm/atm_iledefrance_osm.csv";
    /** Nowhere near Paris, so that no other test's nearest ATM moves. */
    static final GeoPoint NUUK = new GeoPoint(64.18, -51.72);

    @Autowired
    AtmImports imports;
    @Autowired
    AtmLocator locator;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theShippedParisDataIsLoadedAtStartup() {
        AtmImportReport again = imports.importFile(AtmFormat.CSV, shipped(), SHIPPED);

        assertThat(again).isEqualTo(new AtmImportReport(SHIPPED, 0, 0, 1_122));
        assertThat(locator.nearest(new GeoPoint(48.8566, 2.3522), 3)).hasSize(3)
                .allSatisfy(nearby -> assertThat(nearby.metres()).isLessThan(1_000));
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedRowIsUpdated() {
        String file = HEADER + "node/9100000001,64.18,-51.72,atm,,Grønlandsbanken,,Nuuk,,,\n"
                + "node/9100000002,64.19,-51.70,bank,Filial,Grønlandsbanken,,Nuuk,,,yes\n";

        assertThat(importCsv(file)).isEqualTo(new AtmImportReport("nuuk.csv", 2, 0, 0));
        assertThat(importCsv(file)).isEqualTo(new AtmImportReport("nuuk.csv", 0, 0, 2));
        assertThat(importCsv(file.replace("Filial", "Filial Nuuk"))).isEqualTo(new AtmImportReport("nuuk.csv", 0, 1, 1));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM atm_place WHERE osm_id LIKE 'node/91000000%'").query(Long.class).single()).isEqualTo(2);
        assertThat(locator.nearest(NUUK, 2, atm -> atm.kind() == Atm.Kind.BRANCH))
                .extracting(nearby -> nearby.atm().name()).containsExactly("Filial Nuuk");
    }

    @Test
    void aRefusedFileWritesNothing() {
        String file = HEADER + "node/9200000001,64.18,-51.72,atm,,,,,,,\nnode/9200000002,64.18,abc,atm,,,,,,,\n";

        Response refused = admin("text/csv", file);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("body.csv line 3: lon must be a number between -180 and 180, got 'abc'");
        assertThat(refused.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/lines/3/lon");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM atm_place WHERE osm_id LIKE 'node/92000000%'").query(Long.class).single()).isZero();
    }

    @Test
    void theAdminApiImportsGeoJsonAndCsv() {
        String geoJson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"node/9300000001\","
                + "\"properties\":{\"amenity\":\"atm\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-51.72,64.17]}}]}";

        Response added = admin("application/geo+json", geoJson);
        Response again = admin("application/json", geoJson);
        Response csv = admin("text/csv", HEADER + "node/9300000001,64.17,-51.72,atm,,,,,,,\n");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("added").asInt()).isEqualTo(1);
        assertThat(added.json().get("attribution").asString()).isEqualTo("© OpenStreetMap contributors");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(1);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    }

    @Test
    void theAdminApiWantsAnOperator() {
        Response anonymous = new HttpTestClient(port).post("/api/v1/admin/atms", "text/csv", HttpRequest.BodyPublishers.ofString(HEADER));

        assertThat(anonymous.status()).isEqualTo(401);
    }

    private AtmImportReport importCsv(String content) {
        return imports.importFile(AtmFormat.CSV, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "nuuk.csv");
    }

    private Response admin(String contentType, String body) {
        return new HttpTestClient(port).as(SportelloIntegrationTest.OPERATOR, SportelloIntegrationTest.OPERATOR_PASSWORD,
                HttpRequest.newBuilder(new HttpTestClient(port).uri("/api/v1/admin/atms")).header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static InputStream shipped() {
        return AtmImportTest.class.getClassLoader().getResourceAsStream(SHIPPED);
    }
}
