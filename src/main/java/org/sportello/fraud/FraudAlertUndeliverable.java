package org.sportello.fraud;

import java.time.Instant;
import org.sportello.shared.CustomerId;

/**
 * A suspected fraud no chat could be told about: the customer linked none for notifications, or
 * revoked the consent. The bank must reach the customer another way; the case API lists it.
 */
public record FraudAlertUndeliverable(String caseId, CustomerId customer, String transactionRef, Instant at) {
}
