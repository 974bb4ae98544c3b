package org.sportello.consent;

import java.time.Instant;
import java.util.Set;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;

/** A chat identity linked to a customer, with the scopes granted, until when, and the language to use. */
public record LinkedChat(String linkId, ChatAddress address, CustomerId customer, Set<Scope> scopes, Instant expiresAt,
                         Language language) {

    public LinkedChat {
        scopes = Set.copyOf(scopes);
    }
}
