package org.sportello.bank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sportello.bank.demo.DemoFraudData;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Money;

/**
 * The demo bank's card payments with its own injected fraud bursts, labelled, for measuring fraud
 * scoring on data Sportello makes itself ({@code fraud eval --demo}). Made up: no customer's data.
 */
public final class DemoCardPayments {

    /**
     * @param amount   what was paid, positive
     * @param location the shop's position when paid in person, else null
     * @param fraud    one of the injected burst's payments
     */
    public record Payment(String card, Money amount, Instant at, String mcc, String merchant, GeoPoint location, boolean fraud) {

        public Payment {
            Objects.requireNonNull(card, "card == null");
            Objects.requireNonNull(amount, "amount == null");
            Objects.requireNonNull(at, "at == null");
        }
    }

    private DemoCardPayments() {
    }

    /** {@code cards} cards over [from, to), each with one burst; oldest first; the same seed gives the same payments. */
    public static List<Payment> labelled(int cards, LocalDate from, LocalDate to, long seed) {
        return DemoFraudData.labelled(cards, from, to, seed);
    }
}
