package org.sportello.bank.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.bank.application.BookTransactions;
import org.sportello.bank.application.BookingResult;
import org.sportello.bank.application.TransactionBooking;
import org.sportello.bank.demo.DemoMerchants.Spend;
import org.sportello.bank.domain.Merchant;
import org.sportello.bank.domain.TransactionDetails;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Money;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * While the demo runs, books a plausible card payment for one of the demo customers every
 * {@code sportello.demo.feed.interval}, through the same booking path as the bank's feeds: what
 * the customer bought fits the time of day where they live.
 */
@Component
@ConditionalOnProperty(name = {"sportello.demo.enabled", "sportello.demo.feed.enabled"}, havingValue = "true",
        matchIfMissing = true)
class DemoFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoFeed.class);

    private final TransactionBooking booking;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final IdGenerator ids;
    private final DemoProperties properties;
    private final SplittableRandom random;
    private volatile ScheduledFuture<?> task;

    DemoFeed(TransactionBooking booking, TaskScheduler scheduler, Clock clock, IdGenerator ids, DemoProperties properties) {
        this.booking = booking;
        this.scheduler = scheduler;
        this.clock = clock;
        this.ids = ids;
        this.properties = properties;
        this.random = new SplittableRandom(properties.seed());
    }

    @Override
    public void start() {
        task = scheduler.scheduleAtFixedRate(this::bookOne, clock.instant().plus(properties.feed().interval()),
                properties.feed().interval());
        log.info("demo feed on: a card payment every {}", properties.feed().interval());
    }

    @Override
    public void stop() {
        ScheduledFuture<?> running = task;
        if (running != null) {
            running.cancel(false);
        }
        task = null;
    }

    @Override
    public boolean isRunning() {
        return task != null;
    }

    void bookOne() {
        try {
            DemoCustomer customer = DemoCustomer.ALL.get(random.nextInt(DemoCustomer.ALL.size()));
            int fraudEvery = properties.feed().fraudEvery();
            BookTransactions batch = fraudEvery > 0 && random.nextInt(fraudEvery) == 0
                    ? BookTransactions.of(DemoFraud.burst(customer, clock.instant(), random, ids).toArray(TransactionDraft[]::new))
                    : BookTransactions.of(payment(customer, clock.instant()));
            BookingResult result = booking.book(batch);
            if (result instanceof BookingResult.Refused refused) {
                log.warn("demo feed transaction refused: {}", refused.violations());
            }
        } catch (RuntimeException failure) {
            // A scheduled task that throws is never run again; the feed must outlive one bad tick.
            log.warn("demo feed could not book a transaction; trying again next tick", failure);
        }
    }

    synchronized TransactionDraft payment(DemoCustomer customer, Instant now) {
        ZonedDateTime local = now.atZone(DemoCustomer.ZONE);
        Spend spend = spendAt(local.toLocalTime(), customer.drives());
        List<String> merchants = DemoMerchants.local(customer.home(), spend);
        Merchant merchant;
        if (merchants.isEmpty()) {
            Spend online = DemoMerchants.ONLINE_MERCHANTS.containsKey(spend) ? spend : Spend.ONLINE;
            List<String> sellers = DemoMerchants.ONLINE_MERCHANTS.get(online);
            merchant = DemoMerchants.remote(sellers.get(random.nextInt(sellers.size())), online.mcc);
        } else {
            String name = merchants.get(random.nextInt(merchants.size()));
            merchant = new Merchant(name, spend.mcc, customer.home().name(), DemoHistory.near(customer.home(), name));
        }
        long cents = spend.centsMin + random.nextLong(spend.centsMax - spend.centsMin + 1);
        TransactionKind kind = spend == Spend.CASH ? TransactionKind.CASH_WITHDRAWAL : TransactionKind.CARD_PAYMENT;
        String channel = DemoMerchants.isRemote(merchant.name()) ? "ECOM" : "POS";
        return new TransactionDraft("LIVE-" + ids.newId(), customer.iban(), Money.ofMinor(-cents, "EUR"), kind,
                TransactionStatus.BOOKED, now, local.toLocalDate(), customer.cardLast4(), merchant, null,
                channel + " CARTA *" + customer.cardLast4() + " " + merchant.name(), TransactionDetails.NONE);
    }

    /** What people buy at this hour: coffee in the morning, lunch at noon, groceries after work, dinner. */
    Spend spendAt(LocalTime time, boolean drives) {
        int hour = time.getHour();
        if (hour >= 7 && hour < 10) {
            return Spend.COFFEE;
        }
        if (hour >= 12 && hour < 14) {
            return random.nextBoolean() ? Spend.RESTAURANT : Spend.FAST_FOOD;
        }
        if (hour >= 19 && hour < 23) {
            return random.nextInt(3) == 0 ? Spend.FOOD_DELIVERY : Spend.RESTAURANT;
        }
        if (hour >= 10 && hour < 19) {
            int pick = random.nextInt(6);
            return pick == 0 && drives ? Spend.FUEL : pick == 1 ? Spend.PHARMACY : pick == 2 ? Spend.CLOTHING : Spend.GROCERIES;
        }
        return Spend.ONLINE;
    }
}
