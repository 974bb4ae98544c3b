package org.sportello.atm.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.atm.AtmFormat;
import org.sportello.atm.AtmImportReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At startup, loads the index from the database; a database with no places gets the Paris ATMs
 * shipped in the jar first, so that a new installation answers at once.
 */
@Component
class ShippedAtms {

    static final String RESOURCE = "atm/atm_iledefrance_osm.csv";

    private static final Logger log = LoggerFactory.getLogger(ShippedAtms.class);

    private final AtmCatalogue catalogue;
    private final boolean importWhenEmpty;

    ShippedAtms(AtmCatalogue catalogue, @Value("${sportello.atm.shipped-data:true}") boolean importWhenEmpty) {
        this.catalogue = catalogue;
        this.importWhenEmpty = importWhenEmpty;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        catalogue.reload();
        if (catalogue.size() > 0 || !importWhenEmpty) {
            log.info("ATM index: {} places", catalogue.size());
            return;
        }
        try (InputStream csv = ShippedAtms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (csv == null) {
                throw new IllegalStateException("cannot find " + RESOURCE + " on the classpath");
            }
            AtmImportReport report = catalogue.importFile(AtmFormat.CSV, csv, RESOURCE);
            log.info("ATM index was empty: imported {} places from {} ({})", report.added(), RESOURCE, report.attribution());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
