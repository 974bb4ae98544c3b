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
     * The customer came back from the bank with {@code authorizationCode} (or {@code error} when they
     * declined); {@code state} must be the one {@link #start} made for this same chat.
     */
    LinkingResult complete(ChatAddress chat, String state, String authorizationCode, String error);

    /** @param bankUrl the bank's page, with every parameter; relative when the bank is served by this node */
    record LinkingStart(String linkId, String bankUrl) {
    }
}
