package org.sportello.consent;

import java.time.Instant;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;

/**
 * A link ended: from now on nothing is read or sent for it.
 *
 * @param reason who or what ended it
 */
public record AccountUnlinked(String linkId, ChatAddress address, CustomerId customer, Instant at, Language language,
                              UnlinkReason reason) {
}
