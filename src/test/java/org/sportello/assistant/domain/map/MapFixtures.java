package org.sportello.assistant.domain.map;

import java.util.List;
import org.sportello.shared.GeoPoint;

/** Positions around Place de la République, and maps of them, for the tests of maps. */
public final class MapFixtures {

    public static final GeoPoint REPUBLIQUE = new GeoPoint(48.8675, 2.3634);
    public static final MapLabels ITALIAN = new MapLabels("Tu", "N");

    private MapFixtures() {
    }

    /**
     * Where one ends up walking {@code eastMetres} then {@code northMetres} from {@code from}, on a
     * sphere of the locator's radius: over a few hundred metres, within a millimetre of the truth.
     */
    public static GeoPoint walk(GeoPoint from, double eastMetres, double northMetres) {
        double latitude = from.latitude() + Math.toDegrees(northMetres / MapProjection.EARTH_RADIUS_METRES);
        double longitude = from.longitude()
                + Math.toDegrees(eastMetres / (MapProjection.EARTH_RADIUS_METRES * Math.cos(Math.toRadians(from.latitude()))));
        return new GeoPoint(latitude, longitude);
    }

    /** Three places a few streets from the customer, as a nearest answer pins them, and a few more around. */
    public static AtmMap threePlacesAroundRepublique() {
        return new AtmMap(REPUBLIQUE, List.of(
                new MapPin(1, walk(REPUBLIQUE, 120, 80)),
                new MapPin(2, walk(REPUBLIQUE, -200, 60)),
                new MapPin(3, walk(REPUBLIQUE, 90, -260))),
                List.of(walk(REPUBLIQUE, -150, -120), walk(REPUBLIQUE, 210, -40), walk(REPUBLIQUE, -60, 40), walk(REPUBLIQUE, 5_000, 0)),
                ITALIAN);
    }
}
