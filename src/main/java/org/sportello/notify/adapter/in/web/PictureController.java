package org.sportello.notify.adapter.in.web;

import java.time.Duration;
import org.sportello.notify.Picture;
import org.sportello.notify.application.PictureProperties;
import org.sportello.notify.application.PictureService;
import org.sportello.shared.RequestRefused;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pictures of messages, for the web chat's page and for the platforms, which fetch them from
 * {@code sportello.public-url}. No sign-in: the id is an unguessable capability, and Meta's and
 * Telegram's servers have no credentials to present.
 */
@RestController
class PictureController {

    /** A picture never changes under its id; only this customer's browser should keep a copy. */
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();

    private final PictureService pictures;
    private final PictureProperties properties;

    PictureController(PictureService pictures, PictureProperties properties) {
        this.pictures = pictures;
        this.properties = properties;
    }

    @GetMapping(Picture.PATH_PREFIX + "{id}.png")
    ResponseEntity<byte[]> picture(@PathVariable String id) {
        byte[] png = pictures.png(id).orElseThrow(() -> new RequestRefused(RequestRefused.Reason.NOT_FOUND, "unknown-image",
                "Unknown image", "no image has this id: pictures are kept " + properties.ttl().toHours()
                        + " hours after they are made, then the chat shows their description"));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CACHE)
                .header("X-Content-Type-Options", "nosniff")
                .body(png);
    }
}
