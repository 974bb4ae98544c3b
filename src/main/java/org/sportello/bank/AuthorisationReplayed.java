package org.sportello.bank;

import java.time.Instant;

/**
 * An authorization code was presented again after it had been redeemed: someone else may hold
 * it. Whatever was granted with it should be revoked (RFC 6749, section 4.1.2).
 */
public record AuthorisationReplayed(String grantId, Instant at) {
}
