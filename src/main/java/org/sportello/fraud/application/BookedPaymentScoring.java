package org.sportello.fraud.application;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sportello.bank.TransactionBooked;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.bank.TransactionsBooked;
import org.sportello.fraud.Assessment;
import org.sportello.fraud.CardTransaction;
import org.sportello.fraud.Decision;
import org.sportello.fraud.FraudCase;
import org.sportello.fraud.FraudCases;
import org.sportello.fraud.FraudReason;
import org.sportello.fraud.FraudScoring;
import org.sportello.fraud.Reason;
import org.sportello.fraud.SuspectedPayment;
import org.sportello.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Scores every booked card payment as it is booked and raises a case for what the scorer would
 * alert on or hold: the customer is asked "was this you?" within seconds of the booking. Payments
 * booked long after they were made (history imported, a statement replayed) teach the scorer the
 * card's habits but raise nothing: asking about last month's coffee helps nobody.
 */
@Component
@ConditionalOnProperty(name = "sportello.fraud.scoring.enabled", havingValue = "true", matchIfMissing = true)
class BookedPaymentScoring {

    /** Category of a payment the bank has not categorised: the scorer still sees it as a category. */
    static final String UNCATEGORISED = "UNCATEGORISED";

    private final FraudScoring scoring;
    private final FraudCases cases;
    private final ZoneId zone;
    private final Duration alertAgeMax;
    private final Clock clock;

    BookedPaymentScoring(FraudScoring scoring, FraudCases cases, @Value("${sportello.notify.time-zone:Europe/Rome}") ZoneId zone,
                         @Value("${sportello.fraud.scoring.alert-age-max:24h}") Duration alertAgeMax, Clock clock) {
        this.scoring = scoring;
        this.cases = cases;
        this.zone = zone;
        this.alertAgeMax = alertAgeMax;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TransactionsBooked batch) {
        for (TransactionBooked booked : batch.transactions()) {
            if (isCardPayment(booked)) {
                Assessment assessment = scoring.assess(payment(booked));
                if (assessment.decision() != Decision.ALLOW && !booked.bookedAt().isBefore(clock.instant().minus(alertAgeMax))) {
                    cases.raise(suspected(booked, assessment));
                }
            }
        }
    }

    /** Money out with a card, booked or pending (a pending authorisation is when fraud is caught earliest). */
    static boolean isCardPayment(TransactionBooked booked) {
        return booked.kind() == TransactionKind.CARD_PAYMENT && booked.cardLast4() != null && booked.amount().isNegative()
                && booked.status() != null && (booked.status() == TransactionStatus.BOOKED || booked.status() == TransactionStatus.PENDING);
    }

    CardTransaction payment(TransactionBooked booked) {
        return new CardTransaction(booked.accountId() + ":" + booked.cardLast4(), booked.amount().negate(), booked.bookedAt(), zone,
                booked.category() == null ? UNCATEGORISED : booked.category(), booked.mcc(), booked.merchantName(), booked.location() != null,
                booked.location(), null);
    }

    static SuspectedPayment suspected(TransactionBooked booked, Assessment assessment) {
        List<FraudReason> reasons = new ArrayList<>();
        for (Reason reason : assessment.reasons()) {
            reasons.add(new FraudReason(reason.code().name().toLowerCase(java.util.Locale.ROOT),
                    reason.figures().stream().map(BookedPaymentScoring::figure).toList()));
        }
        return new SuspectedPayment("txn:" + booked.transactionId(), FraudCase.Source.SCORED, booked.customer(), booked.cardLast4(),
                booked.bankReference(), booked.amount().negate(), booked.merchantName(), booked.bookedAt(), reasons,
                assessment.decision() == Decision.HOLD);
    }

    /** Figures kept as text: money as "money:EUR:124000", so each chat's language can write it its own way. */
    static String figure(Object figure) {
        if (figure instanceof Money money) {
            return FraudReason.MONEY + money.currency().getCurrencyCode() + ":" + money.minorUnits();
        }
        return String.valueOf(figure);
    }
}
