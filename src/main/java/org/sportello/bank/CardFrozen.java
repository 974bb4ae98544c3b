package org.sportello.bank;

import java.time.Instant;
import org.sportello.shared.CustomerId;
import org.sportello.shared.MaskedPan;

/** A customer's card was frozen and stops paying; published in the transaction that froze it. */
public record CardFrozen(String cardId, CustomerId customer, MaskedPan pan, FreezeReason reason, Instant at) {
}
