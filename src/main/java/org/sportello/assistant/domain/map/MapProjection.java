package org.sportello.assistant.domain.map;

import java.util.List;
import java.util.Objects;
import org.sportello.shared.GeoPoint;

/**
 * Positions to pixels on a map of a few city blocks: a local equirectangular projection around
 * the customer, north up and east right. A degree of longitude is shortened by the cosine of the
 * customer's latitude, so that a metre is as many pixels east as north and the scale bar holds in
 * both directions; over the few kilometres a map spans, that is true to well under a pixel.
 */
public final class MapProjection {

    /** The IUGG mean Earth radius, as the locator's distances use: the scale bar agrees with the text's metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;
    /**
     * The least the shorter side of the framed area shows: one place a few metres away would
     * otherwise fill the map with one street corner, and the customer could not see where it is.
     */
    public static final double SPAN_METRES_MIN = 300;

    private final GeoPoint origin;
    private final double cosLatitude;
    private final double metresPerPixel;
    private final double centreEastMetres;
    private final double centreNorthMetres;
    private final int widthPx;
    private final int heightPx;

    private MapProjection(GeoPoint origin, double metresPerPixel, double centreEastMetres, double centreNorthMetres, int widthPx,
                          int heightPx) {
        this.origin = origin;
        this.cosLatitude = Math.cos(Math.toRadians(origin.latitude()));
        this.metresPerPixel = metresPerPixel;
        this.centreEastMetres = centreEastMetres;
        this.centreNorthMetres = centreNorthMetres;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /**
     * The projection that centres the bounding box of {@code customer} and {@code places} in a
     * picture of {@code widthPx} × {@code heightPx} and scales it to fit {@code marginPx} inside
     * every edge, showing at least {@link #SPAN_METRES_MIN}.
     */
    public static MapProjection fitting(GeoPoint customer, List<GeoPoint> places, int widthPx, int heightPx, int marginPx) {
        Objects.requireNonNull(customer, "customer == null");
        if (marginPx < 0 || widthPx <= 2 * marginPx || heightPx <= 2 * marginPx) {
            throw new IllegalArgumentException("a map of " + widthPx + "×" + heightPx + " px has no room inside a margin of "
                    + marginPx + " px");
        }
        MapProjection local = new MapProjection(customer, 1, 0, 0, widthPx, heightPx);
        double west = 0;
        double east = 0;
        double south = 0;
        double north = 0;
        for (GeoPoint place : places) {
            west = Math.min(west, local.eastMetres(place));
            east = Math.max(east, local.eastMetres(place));
            south = Math.min(south, local.northMetres(place));
            north = Math.max(north, local.northMetres(place));
        }
        int innerWidthPx = widthPx - 2 * marginPx;
        int innerHeightPx = heightPx - 2 * marginPx;
        double metresPerPixel = Math.max(Math.max((east - west) / innerWidthPx, (north - south) / innerHeightPx),
                SPAN_METRES_MIN / Math.min(innerWidthPx, innerHeightPx));
        return new MapProjection(customer, metresPerPixel, (west + east) / 2, (south + north) / 2, widthPx, heightPx);
    }

    /** Pixels from the picture's left edge. */
    public double x(GeoPoint position) {
        return widthPx / 2.0 + (eastMetres(position) - centreEastMetres) / metresPerPixel;
    }

    /** Pixels from the picture's top edge: north is up. */
    public double y(GeoPoint position) {
        return heightPx / 2.0 - (northMetres(position) - centreNorthMetres) / metresPerPixel;
    }

    /** Whether the position falls on the picture. */
    public boolean shows(GeoPoint position) {
        double x = x(position);
        double y = y(position);
        return x >= 0 && x <= widthPx && y >= 0 && y <= heightPx;
    }

    /** The same in every direction: what the scale bar measures. */
    public double metresPerPixel() {
        return metresPerPixel;
    }

    private double eastMetres(GeoPoint position) {
        // The shorter way round: a map across the antimeridian does not span the whole Earth.
        double degrees = Math.IEEEremainder(position.longitude() - origin.longitude(), 360);
        return EARTH_RADIUS_METRES * Math.toRadians(degrees) * cosLatitude;
    }

    private double northMetres(GeoPoint position) {
        return EARTH_RADIUS_METRES * Math.toRadians(position.latitude() - origin.latitude());
    }
}
