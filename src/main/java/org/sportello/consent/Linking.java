package org.sportello.consent;

import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;

/**
 * Linking a chat identity to a bank account, the gateway's half of authorization code + PKCE: the
 * chat sends the customer to the bank's page with a {@code state} and a code challenge, the bank
 * sends them back with a single-use code, and the gateway exchanges it with its code verifier.
 */
public interface Linking {

    /**
     * Starts linking: records a consent awaiting authorisation and returns where to send the customer.
     *
     * @param redirectUri         where the bank sends the customer back (one the bank allows)
     * @param accountLinkingToken the single-use token of this attempt (Messenger makes it; other channels make their own)
     */
    LinkingStart start(ChatAddress chat, Language language, String redirectUri, String accountLinkingToken);

    /**
     * Starts linking from a platform that adds its own {@code account_linking_token} and
     * {@code redirect_uri} to the link (Messenger's account-link button): the returned address has
     * only the state, the code challenge and the language, and is absolute.
     */
    LinkingStart startOnPlatform(ChatAddress chat, Language language);

    /**
     * The customer came back from the bank with {@code authorizationCode} (or {@code error} when they
     * declined). {@code state} must be one {@link #start} made; for a web chat request, made for
     * this same browser ({@code browser}, null when the browser has no chat identity). Requests of
     * other channels come back through a browser that has no chat identity: the state alone,
     * random and single use, names their chat.
     */
    LinkingResult complete(ChatAddress browser, String state, String authorizationCode, String error);

    /**
     * The platform reports the chat linked with {@code authorizationCode} (Messenger's
     * {@code account_linking} event, signed by the platform): redeemed with the verifier of the
     * chat's latest request from {@link #startOnPlatform}.
     */
    LinkingResult completeOnPlatform(ChatAddress chat, String authorizationCode);

    /** @param bankUrl the bank's page, with every parameter; relative when the bank is served by this node */
    record LinkingStart(String linkId, String bankUrl) {
    }
}
