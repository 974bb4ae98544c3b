package org.sportello.notify.adapter.out.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sportello.notify.application.PictureProperties;
import org.sportello.notify.application.PictureStore;
import org.springframework.stereotype.Repository;

/**
 * Pictures in this node's memory, bounded in bytes and in time. Memory rather than the database:
 * a chart is made for one answer and fetched once or twice, within minutes. The price is that a
 * picture lives on the node that drew it: several nodes behind one address need sticky routing for
 * {@code /api/v1/images/}, or a shared store behind this port.
 */
@Repository
class CaffeinePictureStore implements PictureStore {

    private final Cache<String, byte[]> pictures;

    CaffeinePictureStore(PictureProperties properties, Clock clock) {
        this.pictures = Caffeine.newBuilder()
                .maximumWeight(properties.memoryMax().toBytes())
                .weigher((String id, byte[] png) -> png.length)
                .expireAfterWrite(properties.ttl())
                // The injected clock, so tests can let time pass; nanoseconds are what Caffeine counts.
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                // Evictions on the calling thread: no background work to wait for, nothing left running.
                .executor(Runnable::run)
                .build();
    }

    @Override
    public void put(String id, byte[] png) {
        pictures.put(id, png);
    }

    @Override
    public Optional<byte[]> get(String id) {
        return Optional.ofNullable(pictures.getIfPresent(id));
    }
}
