package org.sportello.atm.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.sportello.atm.Atm;
import org.sportello.atm.NearbyAtm;
import org.sportello.shared.GeoPoint;

/**
 * An immutable nearest-k index of places: a JTS {@code STRtree} over longitude/latitude, searched
 * with a circle of growing radius. STRtree's own {@code nearestNeighbour} prunes by planar distance
 * in degrees, which is not a lower bound of the great-circle distance away from the equator; here a
 * circle's exact bounding box on the sphere ({@link SphericalCap}) is queried instead, and the
 * answer is final once k places lie inside the circle, so it is exact.
 */
public final class NearestIndex {

    /** The first circle's radius: a city block or two, where most ATMs are found. */
    static final double FIRST_RADIUS_METRES = 1_000;
    /** Each miss grows the circle fourfold; from Paris, the far side of the Earth takes 9 steps. */
    static final int GROWTH = 4;

    private static final Comparator<NearbyPlace> NEAREST_FIRST =
            Comparator.comparingDouble(NearbyPlace::metres).thenComparing(place -> place.atm().osmId());

    private final STRtree tree;
    private final int size;

    private NearestIndex(STRtree tree, int size) {
        this.tree = tree;
        this.size = size;
    }

    public static NearestIndex of(List<Atm> atms) {
        // STRtree needs a node capacity of at least 2, and queries an empty tree fine.
        STRtree tree = new STRtree();
        for (Atm atm : atms) {
            GeoPoint p = atm.position();
            tree.insert(new Envelope(p.longitude(), p.longitude(), p.latitude(), p.latitude()), atm);
        }
        tree.build(); // built now: a lazy build on the first query would race between request threads
        return new NearestIndex(tree, atms.size());
    }

    public int size() {
        return size;
    }

    /** The k places nearest {@code from} that {@code wanted} accepts, nearest first, ties by OSM id. */
    public List<NearbyAtm> nearest(GeoPoint from, int k, Predicate<Atm> wanted) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive, got " + k);
        }
        double radiusMetres = FIRST_RADIUS_METRES;
        while (true) {
            SphericalCap circle = SphericalCap.around(from, radiusMetres);
            List<NearbyPlace> inside = within(circle, from, radiusMetres, wanted);
            if (inside.size() >= k || circle.coversTheEarth()) {
                inside.sort(NEAREST_FIRST);
                return inside.stream().limit(k).map(NearbyPlace::rounded).toList();
            }
            radiusMetres *= GROWTH;
        }
    }

    private List<NearbyPlace> within(SphericalCap circle, GeoPoint from, double radiusMetres, Predicate<Atm> wanted) {
        List<NearbyPlace> inside = new ArrayList<>();
        for (Envelope box : circle.boxes()) {
            tree.query(box, item -> {
                Atm atm = (Atm) item;
                double metres = GreatCircle.metres(from, atm.position());
                if (metres <= radiusMetres && wanted.test(atm)) {
                    inside.add(new NearbyPlace(atm, metres));
                }
            });
        }
        return inside;
    }

    /** Keeps the exact distance for ordering; callers see whole metres. */
    private record NearbyPlace(Atm atm, double metres) {
        NearbyAtm rounded() {
            return new NearbyAtm(atm, Math.round(metres));
        }
    }
}
