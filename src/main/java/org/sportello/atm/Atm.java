package org.sportello.atm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sportello.atm.domain.OpeningHours;
import org.sportello.atm.domain.PublicHolidays;
import org.sportello.shared.GeoPoint;

/**
 * An ATM or a bank branch as OpenStreetMap maps it. Text tags are empty strings when OSM has none;
 * opening hours stay OSM's raw {@code opening_hours} string, evaluated by {@link #openAt(Instant)}.
 *
 * @param osmId OSM's type and id, such as {@code node/275218202}: re-imports replace by it
 */
public record Atm(String osmId, GeoPoint position, Kind kind, String name, String operator, String street, String city,
                  String postcode, String openingHours, Wheelchair wheelchair) {

    /** Credit line OSM's licence (ODbL 1.0) asks for wherever the data is shown. */
    public static final String ATTRIBUTION = "© OpenStreetMap contributors";

    /** OSM ids are "node/", "way/" or "relation/" and a number. */
    public static final int OSM_ID_CHARS_MAX = 40;
    /** Longer tag values are cut, not refused: OSM allows 255 characters, we show far fewer. */
    public static final int TEXT_CHARS_MAX = 255;
    /**
     * Where opening hours are read: OSM writes them in local wall-clock time, and the shipped data is Paris
     * and its suburbs. Places imported from elsewhere would need a zone of their own (not done).
     */
    public static final ZoneId HOURS_ZONE = ZoneId.of("Europe/Paris");

    /** From OSM's {@code amenity} tag. */
    public enum Kind {
        ATM, BRANCH;

        /** {@code atm} or {@code bank}; anything else is not ours. */
        public static Kind ofAmenity(String amenity) {
            return switch (amenity) {
                case "atm" -> ATM;
                case "bank" -> BRANCH;
                default -> throw new IllegalArgumentException("amenity must be atm or bank, got '" + amenity + "'");
            };
        }
    }

    /** From OSM's {@code wheelchair} tag; a value OSM's wiki does not define (there are some) reads as unknown. */
    public enum Wheelchair {
        YES, NO, LIMITED, UNKNOWN;

        public static Wheelchair ofTag(String tag) {
            return switch (tag) {
                case "yes" -> YES;
                case "no" -> NO;
                case "limited" -> LIMITED;
                default -> UNKNOWN;
            };
        }
    }

    public Atm {
        Objects.requireNonNull(osmId, "osmId == null");
        Objects.requireNonNull(position, "position == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(wheelchair, "wheelchair == null");
        if (!osmId.matches("(node|way|relation)/[0-9]{1,20}")) {
            throw new IllegalArgumentException("osmId must be node/, way/ or relation/ and a number, got '" + osmId + "'");
        }
        name = text(name);
        operator = text(operator);
        street = text(street);
        city = text(city);
        postcode = text(postcode);
        openingHours = text(openingHours);
    }

    /**
     * Whether the place is open at {@code instant} (the caller's injected clock), per its {@code opening_hours}
     * read in {@link #HOURS_ZONE}; UNKNOWN when the tag is missing, invalid or beyond what
     * {@link OpeningHours} evaluates. The tag is parsed on each call: answers show a handful of places.
     */
    public OpenStatus openAt(Instant instant) {
        Objects.requireNonNull(instant, "instant == null");
        return OpeningHours.parse(openingHours).at(instant.atZone(HOURS_ZONE));
    }

    /**
     * When the place opens on the day of {@code instant} in {@link #HOURS_ZONE}: the spans starting
     * that day (none when closed all day), or empty when the hours are not known.
     */
    public Optional<List<OpenSpan>> hoursOn(Instant instant) {
        Objects.requireNonNull(instant, "instant == null");
        return OpeningHours.parse(openingHours).on(LocalDate.ofInstant(instant, HOURS_ZONE), PublicHolidays.FRANCE);
    }

    private static String text(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > TEXT_CHARS_MAX ? stripped.substring(0, TEXT_CHARS_MAX) : stripped;
    }
}
