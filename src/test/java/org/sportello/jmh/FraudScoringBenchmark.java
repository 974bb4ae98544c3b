package org.sportello.jmh;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sportello.fraud.Assessment;
import org.sportello.fraud.CardTransaction;
import org.sportello.fraud.LabelledPayment;
import org.sportello.fraud.SparkovFiles;
import org.sportello.fraud.domain.CardProfile;
import org.sportello.fraud.domain.CardProfiles;
import org.sportello.fraud.domain.FraudScorer;
import org.sportello.fraud.domain.ScoringRules;
import org.sportello.fraud.domain.Weights;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Money;

/**
 * Scoring one card payment, single thread, on a realistic stream: the Sparkov development set's
 * 41,539 payments in time order when ../shared/data/fraud is there, else 40,000 made-up payments of
 * 100 cards. Each pass over the stream starts from empty card state, as a restarted node would.
 * Throughput gives payments per second, sample time the latency distribution (p99). {@code profiles}
 * says where card state lives: a plain map, or the bounded Caffeine cache the server uses.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FraudScoringBenchmark {

    static final Path SPARKOV_DEV = Path.of("../shared/data/fraud/sparkov_dev_100cards_2023H1.csv.gz");
    static final int MADE_UP_CARDS = 100;
    static final int MADE_UP_PAYMENTS = 40_000;

    @Param({"map", "caffeine"})
    public String profiles;

    private CardTransaction[] payments;
    private FraudScorer scorer;
    private int next;

    @Setup
    public void setUp() {
        payments = (Files.isReadable(SPARKOV_DEV) ? sparkov() : madeUp()).toArray(CardTransaction[]::new);
        scorer = newScorer();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public Assessment throughput() {
        return scoreNext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assessment latency() {
        return scoreNext();
    }

    private Assessment scoreNext() {
        if (next == payments.length) {
            next = 0;
            scorer = newScorer();
        }
        return scorer.score(payments[next++]);
    }

    private FraudScorer newScorer() {
        CardProfiles kept = CardProfiles.unbounded();
        if (profiles.equals("caffeine")) {
            Cache<String, CardProfile> cache = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofDays(90))
                    .build();
            kept = card -> cache.get(card, unused -> new CardProfile());
        }
        return new FraudScorer(ScoringRules.DEFAULTS, Weights.HAND_SET, kept);
    }

    private static List<CardTransaction> sparkov() {
        return SparkovFiles.read(SPARKOV_DEV, rows -> { }).stream().map(LabelledPayment::payment).toList();
    }

    /** A hundred cards paying every 3 hours or so, mostly €5-80 in their own few categories, now and then at night or large. */
    private static List<CardTransaction> madeUp() {
        Random random = new Random(20_261_130L);
        String[] categories = {"grocery_pos", "food_dining", "gas_transport", "shopping_net", "home", "travel", "misc_net"};
        List<CardTransaction> made = new ArrayList<>(MADE_UP_PAYMENTS);
        Instant at = Instant.parse("2023-01-01T00:00:00Z");
        for (int i = 0; i < MADE_UP_PAYMENTS; i++) {
            at = at.plusSeconds(random.nextInt(540));
            int card = random.nextInt(MADE_UP_CARDS);
            GeoPoint home = new GeoPoint(40 + card % 10, 9 + card / 10.0);
            long cents = random.nextInt(50) == 0 ? 25_000 + random.nextInt(100_000) : 500 + random.nextInt(7_500);
            made.add(new CardTransaction("card-" + card, Money.ofMinor(cents, "EUR"), at, ZoneOffset.UTC,
                    categories[(card + random.nextInt(3)) % categories.length], null, "Merchant", true,
                    new GeoPoint(home.latitude() + random.nextDouble() - 0.5, home.longitude()), home));
        }
        return made;
    }
}
