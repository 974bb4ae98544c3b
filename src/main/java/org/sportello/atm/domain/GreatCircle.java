package org.sportello.atm.domain;

import org.sportello.shared.GeoPoint;

/** Distances on a spherical Earth (haversine): within 0.5% of the ellipsoid, plenty for "the nearest ATM". */
public final class GreatCircle {

    /** The IUGG mean Earth radius. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private GreatCircle() {
    }

    public static double metres(GeoPoint a, GeoPoint b) {
        return EARTH_RADIUS_METRES * a.radiansTo(b);
    }
}
