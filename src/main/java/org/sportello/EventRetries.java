package org.sportello;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands an event whose listener failed (a lock timeout, a database restart, a platform hiccup
 * inside it) to that listener again, every {@code sportello.events.retry-interval}, up to
 * {@code sportello.events.retry-attempts-max} times. Without this, a booked batch whose notifier
 * failed once would stay unnotified until the node restarted. What fails every time stays FAILED
 * in {@code event_publication} for an operator, counted by the gauge {@code sportello.events.failed}.
 */
@Component
class EventRetries {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

    private final FailedEventPublications failed;
    private final JdbcClient jdbc;
    private final int attemptsMax;
    /** Events given up on when last looked: each new one is logged once, not at every round. */
    private long givenUpBefore;

    EventRetries(FailedEventPublications failed, JdbcClient jdbc, @Value("${sportello.events.retry-attempts-max:10}") int attemptsMax,
                 MeterRegistry meters) {
        if (attemptsMax < 1) {
            throw new IllegalArgumentException("sportello.events.retry-attempts-max must be at least 1, got " + attemptsMax);
        }
        this.failed = failed;
        this.jdbc = jdbc;
        this.attemptsMax = attemptsMax;
        Gauge.builder("sportello.events.failed", this, retries -> retries.failed(Integer.MAX_VALUE))
                .description("event publications whose listener failed and that are not handled yet").register(meters);
    }

    @Scheduled(fixedDelayString = "${sportello.events.retry-interval:30s}", initialDelayString = "${sportello.events.retry-interval:30s}")
    void retryFailed() {
        long retrying = failed(attemptsMax);
        if (retrying > 0) {
            log.warn("{} events whose listener failed are handed to it again (attempt at most {})", retrying, attemptsMax);
            failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> publication.getCompletionAttempts() < attemptsMax));
        }
        long givenUp = failed(Integer.MAX_VALUE) - failed(attemptsMax);
        if (givenUp > givenUpBefore) {
            log.error("{} events failed in their listener {} times and are no longer retried; see event_publication (status FAILED)",
                    givenUp, attemptsMax);
        }
        givenUpBefore = givenUp;
    }

    /** FAILED publications tried fewer than {@code attempts} times. */
    private long failed(int attempts) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE status = 'FAILED' AND COALESCE(completion_attempts, 0) < :attempts")
                .param("attempts", attempts).query(Long.class).single();
    }
}
