package org.sportello.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sportello.atm.Atm;
import org.sportello.atm.NearbyAtm;
import org.sportello.atm.domain.NearestIndex;
import org.sportello.shared.GeoPoint;

/**
 * The nearest three of 1,000,000 made-up ATMs spread uniformly over Europe (35°N-70°N, 10°W-40°E),
 * asked from random points of the same box, single thread. Sample time gives the distribution (p99).
 * Real ATMs cluster in towns, which makes the first circle hit more often; open sea and tundra
 * make it grow more: a uniform spread sits between the two.
 */
@State(Scope.Thread)
public class AtmLocatorBenchmark {

    static final int ATMS = 1_000_000;
    static final int QUESTIONS = 65_536;
    static final int K = 3;

    private NearestIndex index;
    private GeoPoint[] questions;
    private int next;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        List<Atm> atms = new ArrayList<>(ATMS);
        for (int i = 0; i < ATMS; i++) {
            atms.add(new Atm("node/" + i, inEurope(random), Atm.Kind.ATM, "", "", "", "", "", "", Atm.Wheelchair.UNKNOWN));
        }
        index = NearestIndex.of(atms);
        questions = new GeoPoint[QUESTIONS];
        for (int i = 0; i < QUESTIONS; i++) {
            questions[i] = inEurope(random);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<NearbyAtm> nearestThree() {
        next = (next + 1) % QUESTIONS;
        return index.nearest(questions[next], K, atm -> true);
    }

    private static GeoPoint inEurope(Random random) {
        return new GeoPoint(35 + random.nextDouble() * 35, -10 + random.nextDouble() * 50);
    }
}
