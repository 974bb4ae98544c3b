package org.sportello.consent;

import java.time.Instant;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;

/** A consent runs out soon: the customer is offered to give it again. */
public record ConsentExpiring(String linkId, ChatAddress address, Instant expiresAt, Language language) {
}
