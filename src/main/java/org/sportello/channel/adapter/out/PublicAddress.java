package org.sportello.channel.adapter.out;

import org.sportello.notify.Picture;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the platforms' servers and the customers' phones reach this node ({@code sportello.public-url}):
 * what a message sent to Messenger or Telegram links to must be absolute.
 */
@Component
public class PublicAddress {

    private final String base;

    public PublicAddress(@Value("${sportello.public-url:http://localhost:8080}") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A path on this node made absolute ("/link/complete" → "https://chat.bank.example/link/complete"); a URL as it is. */
    public String of(String pathOrUrl) {
        return pathOrUrl.startsWith("/") ? base + pathOrUrl : pathOrUrl;
    }

    /** The picture's address, for a platform to fetch it. */
    public String of(Picture picture) {
        return of(picture.path());
    }
}
