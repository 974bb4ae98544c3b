package org.sportello.notify.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sportello.notify.domain.OutboxMessage.Status;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxRetentionTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    /** The outbox as the sweep sees it: heads by seq; the other calls are not the sweep's. */
    static final class Heads {
        final TreeMap<Long, OutboxStore.Head> rows = new TreeMap<>();
        final List<Integer> deleteBatches = new ArrayList<>();

        void add(long seq, Status status, Instant createdAt) {
            rows.put(seq, new OutboxStore.Head(seq, status, createdAt));
        }

        OutboxStore store() {
            return (OutboxStore) Proxy.newProxyInstance(OutboxStore.class.getClassLoader(), new Class<?>[] {OutboxStore.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "oldestAfter" -> rows.tailMap((Long) args[0], false).values().stream().limit((Integer) args[1]).toList();
                        case "deleteAll" -> {
                            @SuppressWarnings("unchecked")
                            List<Long> seqs = (List<Long>) args[0];
                            deleteBatches.add(seqs.size());
                            yield (int) seqs.stream().filter(seq -> rows.remove(seq) != null).count();
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    static OutboxRetention retention(Heads heads, String keep) {
        DeliveryProperties properties = new DeliveryProperties(true, Duration.ofMillis(200), 200, 16, Duration.ofSeconds(1),
                Duration.ofMinutes(5), Duration.ofHours(24), 250, 1, true, Duration.ofSeconds(60), Duration.parse(keep), Duration.ofHours(1));
        return new OutboxRetention(heads.store(), properties, Clock.fixed(NOW, ZoneOffset.UTC), new TransactionTemplate() {
            @Override
            public <T> T execute(org.springframework.transaction.support.TransactionCallback<T> action) {
                return action.doInTransaction(null);
            }
        }, new MessengerWindows(heads.store()));
    }

    @Test
    void deletesSentAndFailedMessagesOlderThanTheRetentionAndKeepsWhatIsNotFinished() {
        Heads heads = new Heads();
        Instant old = NOW.minus(Duration.ofDays(31));
        heads.add(1, Status.SENT, old);
        heads.add(2, Status.HELD, old);
        heads.add(3, Status.FAILED, old);
        heads.add(4, Status.PENDING, old);
        heads.add(5, Status.SENT, NOW.minus(Duration.ofDays(29)));
        heads.add(6, Status.SENT, old); // written after a newer one: left for a later sweep, never deleted early

        assertThat(retention(heads, "P30D").sweep()).isEqualTo(2);
        assertThat(heads.rows.keySet()).containsExactly(2L, 4L, 5L, 6L);
    }

    @Test
    void sweepsInStepsOfBoundedSize() {
        Heads heads = new Heads();
        int total = OutboxRetention.SWEEP_STEP * 2 + 17;
        for (long seq = 1; seq <= total; seq++) {
            heads.add(seq, Status.SENT, NOW.minus(Duration.ofDays(40)));
        }
        assertThat(retention(heads, "P30D").sweep()).isEqualTo(total);
        assertThat(heads.rows).isEmpty();
        assertThat(heads.deleteBatches).containsExactly(OutboxRetention.SWEEP_STEP, OutboxRetention.SWEEP_STEP, 17);
    }

    @Test
    void aRetentionUnderAnHourIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> retention(new Heads(), "PT59M"))
                .hasMessage("sportello.delivery.keep-finished must be at least 1h, got PT59M");
    }
}
