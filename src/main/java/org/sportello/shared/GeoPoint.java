package org.sportello.shared;

/** A WGS 84 position in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, got " + longitude);
        }
    }

    /**
     * The great-circle angle to another point, in radians (haversine); times the Earth's radius it
     * is the distance on a sphere, within 0.5% of the ellipsoid's.
     */
    public double radiansTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double sinLat = Math.sin((lat2 - lat1) / 2);
        double sinLon = Math.sin(Math.toRadians(other.longitude - longitude) / 2);
        double h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
        return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
