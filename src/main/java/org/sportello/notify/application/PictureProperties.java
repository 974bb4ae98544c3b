package org.sportello.notify.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The pictures sent with messages (spending charts), kept in this node's memory.
 *
 * @param ttl       how long a picture can be fetched after it was made: Messenger and Telegram
 *                  fetch it when the message goes out, the web chat whenever the transcript is
 *                  shown; later the page shows the alt text
 * @param memoryMax the most bytes all kept pictures take together; the least recently used go first
 */
@ConfigurationProperties("sportello.pictures")
public record PictureProperties(@DefaultValue("24h") Duration ttl, @DefaultValue("64MB") DataSize memoryMax) {

    public PictureProperties {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("sportello.pictures.ttl must be positive, got " + ttl);
        }
        if (memoryMax.toBytes() < PictureService.PNG_BYTES_MAX) {
            throw new IllegalArgumentException("sportello.pictures.memory-max must hold at least one picture ("
                    + PictureService.PNG_BYTES_MAX + " bytes), got " + memoryMax);
        }
    }
}
