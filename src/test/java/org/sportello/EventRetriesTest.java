package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** An event whose listener failed is handed to it again, a bounded number of times. */
@SportelloIntegrationTest
@TestPropertySource(properties = {"sportello.events.retry-interval=200ms", "sportello.events.retry-attempts-max=3"})
@Import(EventRetriesTest.Listeners.class)
class EventRetriesTest {

    /** A test event; {@code failures} is how many times its listener fails before it succeeds. */
    record Ping(String id, int failures) {
    }

    static class FlakyListener {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final Map<String, Boolean> handled = new ConcurrentHashMap<>();

        @ApplicationModuleListener
        void on(Ping ping) {
            int call = calls.computeIfAbsent(ping.id(), id -> new AtomicInteger()).incrementAndGet();
            if (call <= ping.failures()) {
                throw new IllegalStateException("failure " + call + " of " + ping.failures() + " (on purpose)");
            }
            handled.put(ping.id(), true);
        }

        // Read through methods: the test holds the listener's proxy, whose own fields are empty.
        int calls(String id) {
            AtomicInteger count = calls.get(id);
            return count == null ? 0 : count.get();
        }

        boolean handled(String id) {
            return handled.containsKey(id);
        }
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    FlakyListener listener;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aListenerThatFailedOnceGetsTheEventAgainAndItIsDone() {
        String id = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> events.publishEvent(new Ping(id, 1)));

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.handled(id));
        assertThat(listener.calls(id)).isEqualTo(2);
        await().untilAsserted(() -> assertThat(publicationsOf(id)).as("completed publications are deleted").isZero());
    }

    @Test
    void aListenerThatAlwaysFailsIsTriedABoundedNumberOfTimesAndTheEventStaysFailed() {
        String id = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> events.publishEvent(new Ping(id, Integer.MAX_VALUE)));

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.calls(id) >= 3);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> listener.calls(id) == 3);
        assertThat(jdbc.sql("SELECT status FROM event_publication WHERE serialized_event LIKE :id").param("id", "%" + id + "%")
                .query(String.class).single()).isEqualTo("FAILED");
    }

    private long publicationsOf(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :id").param("id", "%" + id + "%")
                .query(Long.class).single();
    }
}
