package org.sportello.atm.adapter.in.file;

import java.util.HashMap;
import java.util.Map;
import org.sportello.atm.Atm;
import org.sportello.atm.AtmFileRefused;
import org.sportello.atm.AtmImports;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Violation;

/**
 * The checks both file formats share, with where in the file a place is ("line 7", "feature 3
 * (node/1)") so that every refusal names the file, the place in it and the field.
 */
final class PlaceFields {

    private final String source;
    private final Map<String, String> seenAt = new HashMap<>();

    PlaceFields(String source) {
        this.source = source;
    }

    /** Where a place is in the file: the words for the message and the JSON pointer for the API. */
    record Where(String words, String pointer, int item, String itemId) {
    }

    AtmFileRefused refuse(Where where, String field, String what) {
        String detail = source + " " + where.words() + ": " + field + " " + what;
        String pointer = where.pointer() + "/" + field.replace('.', '/');
        return new AtmFileRefused(detail, new Violation(pointer, field, detail, where.item(), where.itemId()));
    }

    AtmFileRefused refuseFile(String what) {
        return new AtmFileRefused(source + ": " + what);
    }

    /** Refuses the place beyond {@link AtmImports#PLACES_MAX}. */
    void countPlace(int placesSoFar) {
        if (placesSoFar >= AtmImports.PLACES_MAX) {
            throw refuseFile("holds more than " + AtmImports.PLACES_MAX + " places: split it into smaller files");
        }
    }

    String osmId(Where where, String field, String value) {
        if (!value.matches("(node|way|relation)/[0-9]{1,20}")) {
            throw refuse(where, field, "must be node/, way/ or relation/ and a number, such as node/275218202, got '" + value + "'");
        }
        String firstSeen = seenAt.putIfAbsent(value, where.words());
        if (firstSeen != null) {
            throw refuse(where, field, "repeats " + value + " of " + firstSeen + ": keep one of them");
        }
        return value;
    }

    Atm.Kind kind(Where where, String field, String amenity) {
        try {
            return Atm.Kind.ofAmenity(amenity);
        } catch (IllegalArgumentException notOurs) {
            throw refuse(where, field, "must be atm or bank, got '" + amenity + "': leave other amenities out of the file");
        }
    }

    GeoPoint position(Where where, String latitudeField, double latitude, String longitudeField, double longitude,
                      String latitudeText, String longitudeText) {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw refuse(where, latitudeField, "must be a number between -90 and 90, got '" + latitudeText + "'");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw refuse(where, longitudeField, "must be a number between -180 and 180, got '" + longitudeText + "'");
        }
        return new GeoPoint(latitude, longitude);
    }
}
