package org.sportello.consent;

import java.time.Instant;
import java.util.Set;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;

/**
 * A customer linked a chat identity to their bank account, at the bank, with these scopes.
 *
 * @param renewal the chat was linked already and the customer gave consent again
 */
public record AccountLinked(String linkId, ChatAddress address, CustomerId customer, Set<Scope> scopes, Instant expiresAt,
                            Language language, boolean renewal) {
}
