package org.sportello.bank;

/**
 * The bank's token endpoint, in process: exchanges the single-use authorization code its linking
 * pages gave the customer for what the customer consented to. The code lives 60 seconds, is bound
 * to the {@code redirect_uri} it was issued for, and only the holder of the PKCE code verifier
 * (whose S256 challenge started the linking) can redeem it.
 */
public interface Authorisations {

    /** @throws AuthorisationRefused when the code is unknown, expired, used before, or not for this redirect or verifier */
    AuthorisedConsent redeem(String authorizationCode, String redirectUri, String codeVerifier);
}
