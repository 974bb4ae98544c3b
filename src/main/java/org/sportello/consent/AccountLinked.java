package org.sportello.consent;

import org.sportello.shared.Scope;
import java.time.Instant;
import java.util.Set;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;

/** A customer linked a chat identity to their bank account. */
public record AccountLinked(String linkId, ChatAddress address, CustomerId customer, Set<Scope> scopes, Instant expiresAt) {
}
