package org.sportello.fraud.adapter.in.web;

import java.time.Instant;
import java.util.List;
import org.sportello.fraud.FraudCase;
import org.sportello.fraud.FraudReason;
import org.sportello.shared.MaskedPan;

/** A case as the admin API shows it; the card by its last four digits only. */
record CaseView(String caseId, String alertKey, String customerId, String source, String card, String transactionRef, Amount amount, String merchant,
                Instant occurredAt, List<FraudReason> reasons, String status, int chatsTold, boolean delivered, boolean cardFrozen,
                Instant createdAt, Instant remindedAt, Instant escalatedAt, Instant answeredAt) {

    record Amount(String value, String currency) {
    }

    static CaseView of(FraudCase c) {
        return new CaseView(c.caseId(), c.alertKey(), c.customer().value(), c.source().name(),
                c.cardLast4() == null ? null : MaskedPan.ofLast4(c.cardLast4()).display(), c.transactionRef(),
                new Amount(c.amount().amount().toPlainString(), c.amount().currency().getCurrencyCode()), c.merchant(), c.occurredAt(),
                c.reasons(), c.status().name(), c.chatsTold(), c.chatsTold() > 0, c.cardFrozen(), c.createdAt(), c.remindedAt(),
                c.escalatedAt(), c.answeredAt());
    }
}
