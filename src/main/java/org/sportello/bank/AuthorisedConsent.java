package org.sportello.bank;

import java.time.Instant;
import java.util.Set;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;

/**
 * What a customer consented to at the bank.
 *
 * @param grantId   the bank's id of this authorisation (the linking attempt)
 * @param expiresAt until when the consent lasts
 * @param language  the language the customer used at the bank
 */
public record AuthorisedConsent(String grantId, CustomerId customer, Set<Scope> scopes, Instant expiresAt, Language language) {

    public AuthorisedConsent {
        scopes = Set.copyOf(scopes);
    }
}
