package org.sportello.shared;

import java.util.Objects;

/**
 * The largest request body an endpoint accepts. Modules declare one per endpoint that needs more
 * (or less) than the default; anything larger is refused with 413 before it is parsed.
 *
 * @param path the request path it applies to, exactly
 */
public record BodySizeLimit(String path, long bytesMax) {

    public BodySizeLimit {
        Objects.requireNonNull(path, "path == null");
        if (bytesMax < 1) {
            throw new IllegalArgumentException("bytesMax must be positive, got " + bytesMax);
        }
    }
}
