package org.sportello.atm.adapter.in.web;

import java.io.InputStream;
import org.sportello.atm.AtmFormat;
import org.sportello.atm.AtmImportReport;
import org.sportello.atm.AtmImports;
import org.sportello.shared.BodySizeLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bank's operators load ATMs and branches (HTTP Basic, see {@code WebSecurity}). */
@RestController
@RequestMapping(path = AdminAtmController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class AdminAtmController {

    static final String PATH = "/api/v1/admin/atms";
    static final String GEO_JSON = "application/geo+json";

    private final AtmImports imports;

    AdminAtmController(AtmImports imports) {
        this.imports = imports;
    }

    /** 201 when the file added places, 200 when it only updated or confirmed known ones. */
    @PostMapping(consumes = "text/csv")
    ResponseEntity<AtmImportReport> importCsv(InputStream body, @RequestParam(name = "name", defaultValue = "body.csv") String name) {
        return answer(imports.importFile(AtmFormat.CSV, body, name));
    }

    @PostMapping(consumes = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<AtmImportReport> importGeoJson(InputStream body,
                                                  @RequestParam(name = "name", defaultValue = "body.geojson") String name) {
        return answer(imports.importFile(AtmFormat.GEOJSON, body, name));
    }

    private static ResponseEntity<AtmImportReport> answer(AtmImportReport report) {
        return ResponseEntity.status(report.added() > 0 ? 201 : 200).body(report);
    }

    @Configuration(proxyBeanMethods = false)
    static class Limits {
        @Bean
        BodySizeLimit atmFileBodySizeLimit() {
            return new BodySizeLimit(PATH, AtmImports.FILE_BYTES_MAX);
        }
    }
}
