package org.sportello.notify.application;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.sportello.notify.Picture;
import org.sportello.notify.Pictures;
import org.sportello.shared.Secrets;
import org.springframework.stereotype.Service;

/**
 * Keeps the pictures messages refer to, and finds them again for the image endpoint. The id is the
 * only credential of a picture (platforms fetch it without signing in), so it comes from the secure
 * random source, never from the time-ordered id generator.
 */
@Service
public class PictureService implements Pictures {

    /** A chart of 800×500 is 30 to 60 kB; anything near this is not one. */
    public static final int PNG_BYTES_MAX = 2 * 1024 * 1024;
    /** 128 random bits, base64url: 22 characters nobody guesses. */
    static final int ID_BYTES = 16;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final PictureStore store;
    private final Secrets secrets;

    PictureService(PictureStore store, Secrets secrets) {
        this.store = store;
        this.secrets = secrets;
    }

    @Override
    public Picture keep(byte[] png, String altText) {
        Objects.requireNonNull(png, "png == null");
        if (png.length < PNG_SIGNATURE.length || !Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            throw new IllegalArgumentException("not a PNG: the first bytes are not the PNG signature");
        }
        if (png.length > PNG_BYTES_MAX) {
            throw new IllegalArgumentException("a picture is at most " + PNG_BYTES_MAX + " bytes, got " + png.length);
        }
        Picture picture = new Picture(secrets.token(ID_BYTES), altText);
        store.put(picture.id(), png.clone());
        return picture;
    }

    /** The PNG kept under {@code id}; empty when unknown, expired, or not an id at all. */
    public Optional<byte[]> png(String id) {
        return Picture.isId(id) ? store.get(id) : Optional.empty();
    }
}
