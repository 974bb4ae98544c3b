package org.sportello.fraud.domain;

import org.sportello.shared.GeoPoint;

/** Great-circle distances on a spherical Earth: within 0.5%, far closer than merchants' positions. */
final class Distances {

    static final double EARTH_RADIUS_KM = 6_371.0;

    private Distances() {
    }

    static double km(GeoPoint from, GeoPoint to) {
        return EARTH_RADIUS_KM * from.radiansTo(to);
    }
}
