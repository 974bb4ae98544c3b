package org.sportello.bank;

import java.time.ZoneId;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;

/** Who a customer is, as far as talking to them goes: name, language and time zone. */
public record CustomerProfile(CustomerId id, String givenName, String displayName, Language language, ZoneId timeZone) {
}
