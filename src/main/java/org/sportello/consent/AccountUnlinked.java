package org.sportello.consent;

import java.time.Instant;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;

/** A link ended: from now on nothing is read or sent for it. */
public record AccountUnlinked(String linkId, ChatAddress address, CustomerId customer, Instant at) {
}
