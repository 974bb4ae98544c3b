package org.sportello.atm.domain;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.sportello.shared.GeoPoint;

/**
 * The longitude/latitude boxes that hold every point within a great-circle radius of a centre: one
 * box, two when it crosses the antimeridian, every longitude when it reaches a pole. After
 * J. P. Matuschek, "Finding Points Within a Distance of a Latitude/Longitude Using Bounding
 * Coordinates" (2010).
 */
final class SphericalCap {

    /** Widens each box a little so that floating-point rounding never leaves a point just outside. */
    private static final double SLACK_DEGREES = 1e-9;

    private final List<Envelope> boxes;
    private final boolean coversTheEarth;

    private SphericalCap(List<Envelope> boxes, boolean coversTheEarth) {
        this.boxes = boxes;
        this.coversTheEarth = coversTheEarth;
    }

    static SphericalCap around(GeoPoint centre, double radiusMetres) {
        double angle = radiusMetres / GreatCircle.EARTH_RADIUS_METRES;
        if (angle >= Math.PI) {
            return new SphericalCap(List.of(new Envelope(-180, 180, -90, 90)), true);
        }
        double latitude = Math.toRadians(centre.latitude());
        double south = Math.toDegrees(latitude - angle) - SLACK_DEGREES;
        double north = Math.toDegrees(latitude + angle) + SLACK_DEGREES;
        if (south <= -90 || north >= 90) {
            return allLongitudes(Math.max(south, -90), Math.min(north, 90));
        }
        double ratio = Math.sin(angle) / Math.cos(latitude);
        if (ratio >= 1) {
            return allLongitudes(south, north);
        }
        double halfWidth = Math.toDegrees(Math.asin(ratio)) + SLACK_DEGREES;
        double west = centre.longitude() - halfWidth;
        double east = centre.longitude() + halfWidth;
        if (west < -180) {
            return new SphericalCap(List.of(new Envelope(-180, east, south, north), new Envelope(west + 360, 180, south, north)), false);
        }
        if (east > 180) {
            return new SphericalCap(List.of(new Envelope(west, 180, south, north), new Envelope(-180, east - 360, south, north)), false);
        }
        return new SphericalCap(List.of(new Envelope(west, east, south, north)), false);
    }

    private static SphericalCap allLongitudes(double south, double north) {
        return new SphericalCap(List.of(new Envelope(-180, 180, south, north)), false);
    }

    List<Envelope> boxes() {
        return boxes;
    }

    /** Whether the circle holds the whole Earth: growing it further finds nothing more. */
    boolean coversTheEarth() {
        return coversTheEarth;
    }
}
