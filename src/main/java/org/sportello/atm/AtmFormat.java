package org.sportello.atm;

import java.util.Locale;
import java.util.Optional;

/** The file formats ATMs are imported from. */
public enum AtmFormat {
    /** Overpass's GeoJSON export: a FeatureCollection of OSM nodes and ways. */
    GEOJSON,
    /** {@code osm_id,lat,lon,amenity,name,operator,street,city,postcode,opening_hours,wheelchair}. */
    CSV;

    /** By file name: {@code .csv} is CSV, {@code .geojson} or {@code .json} GeoJSON. */
    public static Optional<AtmFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return lower.endsWith(".geojson") || lower.endsWith(".json") ? Optional.of(GEOJSON) : Optional.empty();
    }
}
