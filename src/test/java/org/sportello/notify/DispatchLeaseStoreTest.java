package org.sportello.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sportello.notify.application.DispatchLeaseStore;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running node holds the dispatch lease in the database; another node is refused until it runs
 * out, and hands it back when it releases it.
 */
@SportelloIntegrationTest
class DispatchLeaseStoreTest {

    @Autowired
    DispatchLeaseStore leases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void theSendingNodeSaysSoInItsMetrics() {
        // The dispatcher takes the lease on its first round, which may still be coming when the application has just started.
        await().untilAsserted(() -> assertThat(meters.get("sportello.delivery.lease.held").gauge().value()).isEqualTo(1.0));
    }

    @Test
    void anotherNodeIsRefusedWhileTheLeaseRunsAndTakesItWhenItRunsOut() {
        String runningNode = await().until(() -> jdbc.sql("SELECT holder FROM notify_dispatch_lease").query(String.class).single(),
                holder -> holder.startsWith("node-"));
        Instant expires = jdbc.sql("SELECT expires_at FROM notify_dispatch_lease").query(OffsetDateTime.class).single().toInstant();
        try {
            assertThat(leases.hold("standby", expires.minusMillis(1), expires.plusSeconds(60))).isFalse();
            assertThat(leases.confirm(runningNode, expires.minusMillis(1))).isTrue();
            assertThat(leases.confirm("standby", expires.minusMillis(1))).isFalse();
            assertThat(leases.confirm(runningNode, expires)).as("run out").isFalse();
            assertThat(leases.hold("standby", expires, expires.plusSeconds(60))).isTrue();
            assertThat(leases.hold(runningNode, expires.plusSeconds(1), expires.plusSeconds(61))).as("now the standby holds it").isFalse();
            assertThat(leases.confirm(runningNode, expires)).as("taken over").isFalse();
            leases.release(runningNode, expires);
            assertThat(jdbc.sql("SELECT holder FROM notify_dispatch_lease").query(String.class).single())
                    .as("a node that holds nothing releases nothing").isEqualTo("standby");
        } finally {
            leases.release("standby", Instant.EPOCH); // the running node takes it back at its next round
        }
        assertThat(leases.hold(runningNode, expires, expires.plusSeconds(60))).isTrue();
    }

    @Test
    void noNodeTakesTheLeaseOverWhileTheHolderRecordsARound() throws Exception {
        String runningNode = await().until(() -> jdbc.sql("SELECT holder FROM notify_dispatch_lease").query(String.class).single(),
                holder -> holder.startsWith("node-"));
        Instant expires = jdbc.sql("SELECT expires_at FROM notify_dispatch_lease").query(OffsetDateTime.class).single().toInstant();
        CompletableFuture<Boolean> takeover = new CompletableFuture<>();
        try {
            transaction.executeWithoutResult(status -> {
                assertThat(leases.confirm(runningNode, expires.minusSeconds(1))).isTrue();
                // Another node, its clock past the lease's end, tries to take it while this round records.
                CompletableFuture.runAsync(() -> takeover.complete(leases.hold("standby", expires, expires.plusSeconds(60))),
                        runnable -> new Thread(runnable, "standby-node").start());
                await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !takeover.isDone());
            });
            assertThat(takeover.get(5, TimeUnit.SECONDS)).as("after the round committed, the lease had run out").isTrue();
        } finally {
            leases.release("standby", Instant.EPOCH);
        }
    }
}
