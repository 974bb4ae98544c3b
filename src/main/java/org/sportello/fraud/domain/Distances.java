package org.sportello.fraud.domain;

import org.sportello.shared.GeoPoint;

/** Great-circle distances on a spherical Earth: within 0.5%, far closer than merchants' positions. */
final class Distances {

    static final double EARTH_RADIUS_KM = 6_371.0;

    private Distances() {
    }

    static double km(GeoPoint from, GeoPoint to) {
        double lat1 = Math.toRadians(from.latitude());
        double lat2 = Math.toRadians(to.latitude());
        double sinLat = Math.sin((lat2 - lat1) / 2);
        double sinLon = Math.sin(Math.toRadians(to.longitude() - from.longitude()) / 2);
        double h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
