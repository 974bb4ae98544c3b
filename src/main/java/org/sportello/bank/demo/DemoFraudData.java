package org.sportello.bank.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.sportello.bank.DemoCardPayments.Payment;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.domain.TransactionDraft;

/**
 * The demo bank's payments with its own injected fraud, labelled: many cards living the demo
 * customers' lives (each a customer's history with its own seed), each hit once by the demo's
 * fraud burst at a random moment. What {@code fraud eval --demo} measures the scorer on.
 */
public final class DemoFraudData {

    private DemoFraudData() {
    }

    /** {@code cards} cards over [from, to), oldest payment first; card ids "demo-N". */
    public static List<Payment> labelled(int cards, LocalDate from, LocalDate to, long seed) {
        if (cards < 1 || !from.isBefore(to)) {
            throw new IllegalArgumentException("at least one card and one day: " + cards + " cards, " + from + " to " + to);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Payment> payments = new ArrayList<>();
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        for (int card = 0; card < cards; card++) {
            DemoCustomer customer = DemoCustomer.ALL.get(card % DemoCustomer.ALL.size());
            String id = "demo-" + card;
            DemoHistory.of(customer, from, to, seed + card).stream().filter(DemoFraudData::isCardPayment)
                    .forEach(draft -> payments.add(payment(id, draft, false)));
            // The burst lands in the second half, after the card has a history to stand out from.
            Instant at = from.plusDays(days / 2 + random.nextLong(Math.max(1, days / 2))).atStartOfDay(ZoneOffset.UTC)
                    .toInstant().plus(Duration.ofMinutes(random.nextLong(24 * 60)));
            DemoFraud.burst(customer, at, random, () -> "fraud").forEach(draft -> payments.add(payment(id, draft, true)));
        }
        payments.sort(Comparator.comparing(Payment::at));
        return payments;
    }

    private static boolean isCardPayment(TransactionDraft draft) {
        return draft.kind() == TransactionKind.CARD_PAYMENT && draft.cardLast4() != null && draft.amount().isNegative();
    }

    private static Payment payment(String card, TransactionDraft draft, boolean fraud) {
        var merchant = draft.merchant();
        return new Payment(card, draft.amount().negate(), draft.bookedAt(), merchant == null ? null : merchant.mcc(),
                merchant == null ? draft.counterparty() : merchant.name(), merchant == null ? null : merchant.location(), fraud);
    }
}
