package org.sportello.fraud;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Money;

/**
 * A suspected fraud on one card payment and what became of it.
 *
 * @param caseId         short and opaque, for the chat's buttons (Telegram's callback data holds 64 bytes)
 * @param alertKey       what raised it ({@link SuspectedPayment#alertId()}): the same alert raised twice finds this case
 * @param source         SCORED (Sportello's own scoring) or BANK (pushed by the bank's fraud system)
 * @param transactionRef the bank's reference of the payment, null when the bank did not give one
 * @param amount         what was paid, positive
 */
public record FraudCase(String caseId, String alertKey, CustomerId customer, Source source, String cardLast4, String transactionRef, Money amount,
                        String merchant, Instant occurredAt, List<FraudReason> reasons, CaseStatus status, int chatsTold,
                        boolean cardFrozen, Instant createdAt, Instant remindedAt, Instant escalatedAt, Instant answeredAt) {

    public enum Source { SCORED, BANK }

    public FraudCase {
        Objects.requireNonNull(caseId, "caseId == null");
        Objects.requireNonNull(alertKey, "alertKey == null");
        Objects.requireNonNull(customer, "customer == null");
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(amount, "amount == null");
        Objects.requireNonNull(occurredAt, "occurredAt == null");
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(createdAt, "createdAt == null");
        reasons = List.copyOf(reasons);
    }

    /** A new case, before anyone is told. */
    public static FraudCase opened(String caseId, String alertKey, CustomerId customer, Source source, String cardLast4, String transactionRef, Money amount,
                                   String merchant, Instant occurredAt, List<FraudReason> reasons, Instant now) {
        return new FraudCase(caseId, alertKey, customer, source, cardLast4, transactionRef, amount, merchant, occurredAt, reasons,
                CaseStatus.AWAITING_CUSTOMER, 0, false, now, null, null, null);
    }

    /** Whether the customer may still answer: asked and not answered, or escalated but not yet handled. */
    public boolean isOpen() {
        return status == CaseStatus.AWAITING_CUSTOMER || status == CaseStatus.ESCALATED;
    }
}
