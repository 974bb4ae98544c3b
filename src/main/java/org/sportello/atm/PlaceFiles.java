package org.sportello.atm;

import java.util.List;
import org.sportello.atm.adapter.in.file.GeoJsonPlacesReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a gazetteer file as Sportello does at startup ({@code sportello.atm.gazetteer}), for the
 * command line to check one before a restart: Overpass GeoJSON of named places.
 */
public final class PlaceFiles {

    private PlaceFiles() {
    }

    /**
     * @param source the file's name, for messages
     * @throws AtmFileRefused naming the feature and the field at fault
     */
    public static List<NamedPlace> read(String source, String content) {
        return new GeoJsonPlacesReader(JsonMapper.builder().build()).read(source, content);
    }
}
