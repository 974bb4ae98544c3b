package org.sportello.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: stands still at {@link SportelloIntegrationTest#NOW}
 * until a test moves it. A test that moves it puts it back ({@link #reset()}) when it ends, since
 * test classes share the running application.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse(SportelloIntegrationTest.NOW));

    public void advance(Duration by) {
        now.updateAndGet(instant -> instant.plus(by));
    }

    public void reset() {
        now.set(Instant.parse(SportelloIntegrationTest.NOW));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
