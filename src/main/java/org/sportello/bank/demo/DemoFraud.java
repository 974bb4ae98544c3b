package org.sportello.bank.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.bank.domain.Merchant;
import org.sportello.bank.domain.TransactionDetails;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Money;

/**
 * The demo bank's injected card fraud, as stolen card numbers are used: a few tiny online
 * payments to test the card, minutes apart, then a large payment in a shop far from the
 * customer's city, within the hour. What the fraud scoring must catch early.
 */
final class DemoFraud {

    static final int CARD_TESTS = 3;
    static final long CARD_TEST_CENTS_MAX = 199;
    static final long LARGE_CENTS_MIN = 80_000;
    static final long LARGE_CENTS_MAX = 150_000;

    /** Far from every demo city: a card used in person here an hour after Milan is impossible travel. */
    private static final List<Merchant> FAR_SHOPS = List.of(
            new Merchant("ElectroWorld Sofia", "5732", "Sofia", new GeoPoint(42.6977, 23.3219)),
            new Merchant("Lagos Gadget Hub", "5732", "Lagos", new GeoPoint(6.5244, 3.3792)),
            new Merchant("Bangkok Luxury Watches", "5944", "Bangkok", new GeoPoint(13.7563, 100.5018)));
    private static final Merchant CARD_TESTER = new Merchant("QuickPay Donations", "8398", null, null);

    private DemoFraud() {
    }

    /** The burst, oldest first, ending at {@code now}. */
    static List<TransactionDraft> burst(DemoCustomer customer, Instant now, SplittableRandom random, IdGenerator ids) {
        List<TransactionDraft> drafts = new ArrayList<>();
        Instant at = now.minus(Duration.ofMinutes(12));
        for (int i = 0; i < CARD_TESTS; i++) {
            long cents = 50 + random.nextLong(CARD_TEST_CENTS_MAX - 50 + 1);
            drafts.add(draft(customer, at, cents, CARD_TESTER, "ECOM", ids));
            at = at.plus(Duration.ofMinutes(3));
        }
        Merchant shop = FAR_SHOPS.get(random.nextInt(FAR_SHOPS.size()));
        drafts.add(draft(customer, now, LARGE_CENTS_MIN + random.nextLong(LARGE_CENTS_MAX - LARGE_CENTS_MIN + 1), shop, "POS", ids));
        return drafts;
    }

    private static TransactionDraft draft(DemoCustomer customer, Instant at, long cents, Merchant merchant, String channel, IdGenerator ids) {
        return new TransactionDraft("LIVE-" + ids.newId(), customer.iban(), Money.ofMinor(-cents, "EUR"), TransactionKind.CARD_PAYMENT,
                TransactionStatus.BOOKED, at, at.atZone(DemoCustomer.ZONE).toLocalDate(), customer.cardLast4(), merchant, null,
                channel + " CARTA *" + customer.cardLast4() + " " + merchant.name(), TransactionDetails.NONE);
    }
}
