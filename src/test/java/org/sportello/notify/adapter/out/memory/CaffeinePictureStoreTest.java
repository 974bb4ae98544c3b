package org.sportello.notify.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sportello.notify.application.PictureProperties;
import org.sportello.notify.application.PictureService;
import org.sportello.testing.TestClock;
import org.springframework.util.unit.DataSize;

/** Pictures are kept for their time, in bounded memory. */
class CaffeinePictureStoreTest {

    final TestClock clock = new TestClock();

    @Test
    void aPictureCanBeFetchedUntilItsTimeIsUp() {
        CaffeinePictureStore store = new CaffeinePictureStore(new PictureProperties(Duration.ofHours(24), DataSize.ofMegabytes(8)), clock);
        byte[] png = {1, 2, 3};
        store.put("chart-1", png);

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(store.get("chart-1")).containsSame(png);

        clock.advance(Duration.ofSeconds(1));
        assertThat(store.get("chart-1")).isEmpty();
        assertThat(store.get("never-kept")).isEmpty();
    }

    @Test
    void keepsNoMoreBytesThanItsMemoryAllows() {
        int pictureBytes = PictureService.PNG_BYTES_MAX;
        CaffeinePictureStore store = new CaffeinePictureStore(new PictureProperties(Duration.ofHours(24),
                DataSize.ofBytes(3L * pictureBytes)), clock);

        for (int i = 0; i < 10; i++) {
            store.put("chart-" + i, new byte[pictureBytes]);
        }

        long kept = java.util.stream.IntStream.range(0, 10).filter(i -> store.get("chart-" + i).isPresent()).count();
        assertThat(kept).isBetween(1L, 3L);
    }
}
