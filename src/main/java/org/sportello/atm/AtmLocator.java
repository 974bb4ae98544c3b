package org.sportello.atm;

import java.util.List;
import java.util.function.Predicate;
import org.sportello.shared.GeoPoint;

/** The ATMs and branches nearest a position; answers built on it credit {@link Atm#ATTRIBUTION}. */
public interface AtmLocator {

    /** At most this many places per question: a chat shows a handful. */
    int NEAREST_MAX = 50;

    /**
     * The {@code k} places nearest {@code from} that {@code wanted} accepts, nearest first by
     * great-circle distance (ties by OSM id); fewer when fewer are known.
     *
     * @throws IllegalArgumentException when {@code k} is not 1 to {@link #NEAREST_MAX}
     */
    List<NearbyAtm> nearest(GeoPoint from, int k, Predicate<Atm> wanted);

    default List<NearbyAtm> nearest(GeoPoint from, int k) {
        return nearest(from, k, atm -> true);
    }

    /** How many places are known. */
    int size();
}
