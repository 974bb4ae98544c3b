package org.sportello.jmh;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sportello.notify.Purpose;
import org.sportello.notify.domain.DeliveryPolicy;
import org.sportello.shared.Channel;

/** Whether the platform allows a message now and how to mark it: the dispatcher asks for every outbound message. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeliveryPolicyBenchmark {

    private Instant now;
    private Instant wroteAnHourAgo;
    private Instant wroteTwoDaysAgo;

    @Setup
    public void setUp() {
        now = Instant.parse("2026-11-29T09:30:00Z");
        wroteAnHourAgo = now.minus(Duration.ofHours(1));
        wroteTwoDaysAgo = now.minus(Duration.ofDays(2));
    }

    @Benchmark
    public DeliveryPolicy.Decision messengerInsideTheWindow() {
        return DeliveryPolicy.decide(Channel.MESSENGER, Purpose.NOTIFICATION, wroteAnHourAgo, now);
    }

    @Benchmark
    public DeliveryPolicy.Decision messengerOutsideTheWindowTagged() {
        return DeliveryPolicy.decide(Channel.MESSENGER, Purpose.NOTIFICATION, wroteTwoDaysAgo, now);
    }

    @Benchmark
    public DeliveryPolicy.Decision telegram() {
        return DeliveryPolicy.decide(Channel.TELEGRAM, Purpose.NOTIFICATION, wroteTwoDaysAgo, now);
    }
}
