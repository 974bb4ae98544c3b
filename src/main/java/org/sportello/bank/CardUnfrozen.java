package org.sportello.bank;

import java.time.Instant;
import org.sportello.shared.CustomerId;
import org.sportello.shared.MaskedPan;

/** A customer's frozen card pays again; published in the transaction that unfroze it. */
public record CardUnfrozen(String cardId, CustomerId customer, MaskedPan pan, Instant at) {
}
