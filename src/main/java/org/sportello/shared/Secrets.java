package org.sportello.shared;

/**
 * Unguessable values: tokens, codes, verifiers. Injected like the clock and the id generator, so
 * that nothing secret is made with a predictable generator by accident.
 */
public interface Secrets {

    /** {@code bytes} random bytes, base64url without padding (32 bytes give 43 characters). */
    String token(int bytes);

    /** A one-time code of {@code length} decimal digits, leading zeros kept. */
    String digits(int length);
}
