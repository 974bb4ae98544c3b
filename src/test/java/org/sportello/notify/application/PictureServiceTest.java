package org.sportello.notify.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.sportello.notify.Picture;
import org.sportello.shared.Secrets;

/** Only PNGs of a bounded size are kept, each under a fresh secret id. */
class PictureServiceTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    final Map<String, byte[]> kept = new ConcurrentHashMap<>();
    final PictureStore store = new PictureStore() {
        @Override
        public void put(String id, byte[] png) {
            kept.put(id, png);
        }

        @Override
        public Optional<byte[]> get(String id) {
            return Optional.ofNullable(kept.get(id));
        }
    };
    final Secrets secrets = new Secrets() {
        private int next;

        @Override
        public String token(int bytes) {
            return "token-" + bytes + "-" + (++next);
        }

        @Override
        public String digits(int length) {
            throw new UnsupportedOperationException();
        }
    };
    final PictureService pictures = new PictureService(store, secrets);

    @Test
    void keepsACopyUnderASecretTokenOf128Bits() {
        byte[] png = PNG.clone();

        Picture picture = pictures.keep(png, "Spese di ottobre");
        png[9] = 42;

        assertThat(picture).isEqualTo(new Picture("token-16-1", "Spese di ottobre"));
        assertThat(pictures.png("token-16-1")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PNG));
        assertThat(pictures.keep(PNG, "Spese di ottobre").id()).isEqualTo("token-16-2");
    }

    @Test
    void refusesWhatIsNotAPngOrIsTooLarge() {
        assertThatThrownBy(() -> pictures.keep("GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "grafico"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a PNG: the first bytes are not the PNG signature");
        byte[] huge = Arrays.copyOf(PNG, PictureService.PNG_BYTES_MAX + 1);
        assertThatThrownBy(() -> pictures.keep(huge, "grafico"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a picture is at most 2097152 bytes, got 2097153");
        assertThat(kept).isEmpty();
    }

    @Test
    void findsNothingForWhatCannotBeAnId() {
        kept.put("../../etc/passwd", PNG);

        assertThat(pictures.png("../../etc/passwd")).isEmpty();
        assertThat(pictures.png(null)).isEmpty();
    }
}
