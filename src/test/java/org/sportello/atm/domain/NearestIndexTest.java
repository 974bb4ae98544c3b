package org.sportello.atm.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sportello.atm.Atm;
import org.sportello.atm.NearbyAtm;
import org.sportello.shared.GeoPoint;

class NearestIndexTest {

    static final int ATMS = 20_000;
    static final int QUESTIONS = 1_000;
    static final int K = 5;
    static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);

    @Test
    void nearestFiveAroundParisAreTheBruteForceNearestFive() {
        Random random = new Random(1);
        List<Atm> atms = around(PARIS, 0.5, ATMS, random);
        NearestIndex index = NearestIndex.of(atms);
        for (int i = 0; i < QUESTIONS; i++) {
            GeoPoint from = near(PARIS, 0.7, random);
            assertThat(ids(index.nearest(from, K, atm -> true))).as("from %s", from).isEqualTo(bruteForce(atms, from, K, atm -> true));
        }
    }

    @Test
    void nearestFiveWorldwideAreTheBruteForceNearestFive() {
        Random random = new Random(2);
        List<Atm> atms = worldwide(ATMS, random);
        NearestIndex index = NearestIndex.of(atms);
        for (int i = 0; i < QUESTIONS; i++) {
            GeoPoint from = anywhere(random);
            assertThat(ids(index.nearest(from, K, atm -> true))).as("from %s", from).isEqualTo(bruteForce(atms, from, K, atm -> true));
        }
    }

    /** Near the poles and across the antimeridian, where longitude boxes wrap or widen to the whole circle. */
    @Test
    void exactAtThePolesAndAcrossTheAntimeridian() {
        Random random = new Random(3);
        List<Atm> atms = worldwide(2_000, random);
        NearestIndex index = NearestIndex.of(atms);
        for (GeoPoint from : List.of(new GeoPoint(89.9, 10), new GeoPoint(-89.99, -170), new GeoPoint(0, 179.99),
                new GeoPoint(65, -179.999), new GeoPoint(-40, 180))) {
            assertThat(ids(index.nearest(from, K, atm -> true))).as("from %s", from).isEqualTo(bruteForce(atms, from, K, atm -> true));
        }
    }

    @Test
    void aFilterStillGivesTheExactNearest() {
        Random random = new Random(4);
        List<Atm> atms = around(PARIS, 0.5, 5_000, random);
        Predicate<Atm> branches = atm -> atm.kind() == Atm.Kind.BRANCH;
        NearestIndex index = NearestIndex.of(atms);
        for (int i = 0; i < 200; i++) {
            GeoPoint from = near(PARIS, 0.7, random);
            assertThat(ids(index.nearest(from, 3, branches))).isEqualTo(bruteForce(atms, from, 3, branches));
        }
    }

    @Test
    void answersFewerWhenFewerAreKnownAndNearestFirstInWholeMetres() {
        Atm louvre = atm("node/1", new GeoPoint(48.8606, 2.3376), Atm.Kind.ATM);
        Atm opera = atm("node/2", new GeoPoint(48.8720, 2.3316), Atm.Kind.ATM);
        NearestIndex index = NearestIndex.of(List.of(opera, louvre));

        assertThat(index.nearest(PARIS, 5, atm -> true)).containsExactly(new NearbyAtm(louvre, 1_157), new NearbyAtm(opera, 2_281));
        assertThat(NearestIndex.of(List.of()).nearest(PARIS, 1, atm -> true)).isEmpty();
        assertThat(index.nearest(PARIS, 5, atm -> false)).isEmpty();
    }

    /** Every place's distance, computed once each, the k smallest kept (ties by OSM id). */
    static List<String> bruteForce(List<Atm> atms, GeoPoint from, int k, Predicate<Atm> wanted) {
        Comparator<Measured> nearestFirst = Comparator.comparingDouble(Measured::metres).thenComparing(Measured::osmId);
        PriorityQueue<Measured> farthestKept = new PriorityQueue<>(nearestFirst.reversed());
        for (Atm atm : atms) {
            if (wanted.test(atm)) {
                farthestKept.add(new Measured(atm.osmId(), GreatCircle.metres(from, atm.position())));
                if (farthestKept.size() > k) {
                    farthestKept.poll();
                }
            }
        }
        return farthestKept.stream().sorted(nearestFirst).map(Measured::osmId).toList();
    }

    record Measured(String osmId, double metres) {
    }

    static List<String> ids(List<NearbyAtm> nearby) {
        return nearby.stream().map(place -> place.atm().osmId()).toList();
    }

    static List<Atm> around(GeoPoint centre, double degrees, int count, Random random) {
        List<Atm> atms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            atms.add(atm("node/" + i, near(centre, degrees, random), i % 10 == 0 ? Atm.Kind.BRANCH : Atm.Kind.ATM));
        }
        return atms;
    }

    static List<Atm> worldwide(int count, Random random) {
        List<Atm> atms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            atms.add(atm("node/" + i, anywhere(random), Atm.Kind.ATM));
        }
        return atms;
    }

    static GeoPoint near(GeoPoint centre, double degrees, Random random) {
        return new GeoPoint(centre.latitude() + (random.nextDouble() * 2 - 1) * degrees,
                centre.longitude() + (random.nextDouble() * 2 - 1) * degrees);
    }

    /** Uniform on the sphere, so that the poles get their share and no more. */
    static GeoPoint anywhere(Random random) {
        return new GeoPoint(Math.toDegrees(Math.asin(random.nextDouble() * 2 - 1)), random.nextDouble() * 360 - 180);
    }

    static Atm atm(String osmId, GeoPoint position, Atm.Kind kind) {
        return new Atm(osmId, position, kind, "", "", "", "", "", "", Atm.Wheelchair.UNKNOWN);
    }
}
