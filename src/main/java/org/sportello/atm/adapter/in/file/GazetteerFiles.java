package org.sportello.atm.adapter.in.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.atm.AtmImports;
import org.sportello.atm.Gazetteer;
import org.sportello.atm.NamedPlace;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gazetteer read once at startup from the files {@code sportello.atm.gazetteer} names (by default
 * the Paris places shipped in the jar). A file that cannot be read or is refused stops the start,
 * naming the file, the feature and the field: a gazetteer silently missing would answer "I do not
 * know that place" to every customer.
 */
@Component
class GazetteerFiles implements Gazetteer {

    static final String SHIPPED = "classpath:atm/paris-places.geojson";

    private static final Logger log = LoggerFactory.getLogger(GazetteerFiles.class);

    private final List<NamedPlace> places;

    GazetteerFiles(JsonMapper json, @Value("${sportello.atm.gazetteer:" + SHIPPED + "}") Resource[] files) {
        GeoJsonPlacesReader reader = new GeoJsonPlacesReader(json);
        List<NamedPlace> read = new ArrayList<>();
        for (Resource file : files) {
            read.addAll(reader.read(file.getDescription(), content(file)));
        }
        this.places = List.copyOf(read);
        log.info("Gazetteer: {} named places from {} file(s)", places.size(), files.length);
    }

    @Override
    public List<NamedPlace> places() {
        return places;
    }

    private static String content(Resource file) {
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readNBytes((int) AtmImports.FILE_BYTES_MAX + 1);
            if (bytes.length > AtmImports.FILE_BYTES_MAX) {
                throw new IllegalStateException(file.getDescription() + " is larger than " + AtmImports.FILE_BYTES_MAX
                        + " bytes: split it, or keep only the places customers name");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer file " + file.getDescription()
                    + ": check sportello.atm.gazetteer", e);
        }
    }
}
