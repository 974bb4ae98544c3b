package org.sportello.consent;

import org.sportello.shared.Scope;
import java.time.Instant;
import java.util.Set;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;

/** A chat identity linked to a customer, with the scopes granted and until when. */
public record LinkedChat(String linkId, ChatAddress address, CustomerId customer, Set<Scope> scopes, Instant expiresAt) {

    public LinkedChat {
        scopes = Set.copyOf(scopes);
    }
}
