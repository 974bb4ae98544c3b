package org.sportello.assistant.adapter.out;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Pictures the assistant draws (charts, maps) as PNG bytes, written in memory. */
public final class Png {

    private Png() {
    }

    public static byte[] of(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        // In memory: ImageIO's default stream caches on disk, under java.io.tmpdir.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("this Java runtime has no PNG writer");
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing a PNG into memory failed", impossible);
        }
        return bytes.toByteArray();
    }
}
