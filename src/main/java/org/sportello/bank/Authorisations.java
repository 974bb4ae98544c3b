package org.sportello.bank;

/**
 * The bank's token endpoint, in process: exchanges the single-use authorization code its linking
 * pages gave the customer for what the customer consented to. The code lives 60 seconds, is bound
 * to the {@code redirect_uri} it was issued for, and only the holder of the PKCE code verifier
 * (whose S256 challenge started the linking) can redeem it.
 */
public interface Authorisations {

    /**
     * @param redirectUri the redirect the code was issued for; null when a platform delivered the
     *                    code in its own signed event (Messenger's account linking), which only
     *                    the verifier then binds
     * @throws AuthorisationRefused when the code is unknown, expired, used before, or not for this redirect or verifier
     */
    AuthorisedConsent redeem(String authorizationCode, String redirectUri, String codeVerifier);
}
