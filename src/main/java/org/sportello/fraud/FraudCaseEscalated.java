package org.sportello.fraud;

import java.time.Instant;
import org.sportello.shared.CustomerId;

/** Nobody answered "was this you?" in time: an agent takes the case. */
public record FraudCaseEscalated(String caseId, CustomerId customer, Instant at) {
}
