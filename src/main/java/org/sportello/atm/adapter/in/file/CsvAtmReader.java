package org.sportello.atm.adapter.in.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sportello.atm.Atm;
import org.sportello.atm.AtmFormat;
import org.sportello.atm.application.AtmFileReader;
import org.sportello.shared.GeoPoint;
import org.springframework.stereotype.Component;

/** {@code osm_id,lat,lon,amenity,name,operator,street,city,postcode,opening_hours,wheelchair}, UTF-8, with a header. */
@Component
public class CsvAtmReader implements AtmFileReader {

    static final List<String> COLUMNS = List.of("osm_id", "lat", "lon", "amenity", "name", "operator", "street", "city",
            "postcode", "opening_hours", "wheelchair");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    @Override
    public AtmFormat format() {
        return AtmFormat.CSV;
    }

    @Override
    public List<Atm> read(String source, String content) {
        PlaceFields fields = new PlaceFields(source);
        List<Atm> atms = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(content, FORMAT)) {
            for (String column : COLUMNS) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw fields.refuseFile("line 1: column '" + column + "' is missing from the header " + parser.getHeaderNames()
                            + "; the header must be " + String.join(",", COLUMNS));
                }
            }
            for (CSVRecord record : parser) {
                fields.countPlace(atms.size());
                // The parser has read the record's last line; the records here never span lines but one.
                atms.add(atm(fields, record, (int) parser.getCurrentLineNumber()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw fields.refuseFile("not valid CSV (" + e.getMessage() + "): check the quotes around values with commas");
        }
        return atms;
    }

    private static Atm atm(PlaceFields fields, CSVRecord record, int line) {
        String osmId = value(record, "osm_id");
        PlaceFields.Where where = new PlaceFields.Where("line " + line, "/lines/" + line, line, osmId);
        fields.osmId(where, "osm_id", osmId);
        String lat = value(record, "lat");
        String lon = value(record, "lon");
        GeoPoint position = fields.position(where, "lat", number(lat), "lon", number(lon), lat, lon);
        return new Atm(osmId, position, fields.kind(where, "amenity", value(record, "amenity")), value(record, "name"),
                value(record, "operator"), value(record, "street"), value(record, "city"), value(record, "postcode"),
                value(record, "opening_hours"), Atm.Wheelchair.ofTag(value(record, "wheelchair")));
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column).strip() : "";
    }

    /** NaN, which no range check passes, when the text is not a plain decimal number. */
    private static double number(String text) {
        if (!text.matches("[-+]?[0-9]{1,3}(\\.[0-9]{1,15})?")) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }
}
