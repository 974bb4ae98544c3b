package org.sportello.bank.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.bank.demo.DemoMerchants.Spend;
import org.sportello.bank.demo.DemoMerchants.Subscription;
import org.sportello.bank.domain.Merchant;
import org.sportello.bank.domain.TransactionDetails;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Money;

/**
 * Writes a demo customer's past: salary and rent, bills and subscriptions, groceries, coffee,
 * restaurants, fuel, cash, online shopping and a few trips a year. Deterministic: the same
 * customer, days and seed always give the same transactions.
 */
final class DemoHistory {

    private static final DateTimeFormatter POS_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    /** Share of months with a short trip away from home. */
    private static final double TRIP_MONTH_SHARE = 0.2;

    private final DemoCustomer customer;
    private final SplittableRandom random;
    private final List<Entry> entries = new ArrayList<>();

    private DemoHistory(DemoCustomer customer, long seed) {
        this.customer = customer;
        // String.hashCode is specified, so each customer's stream is the same on every JVM.
        this.random = new SplittableRandom(seed ^ customer.id().hashCode());
    }

    /** The customer's transactions booked on days {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    static List<TransactionDraft> of(DemoCustomer customer, LocalDate from, LocalDate to, long seed) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("history needs at least one day: " + from + " to " + to);
        }
        DemoHistory history = new DemoHistory(customer, seed);
        history.write(from, to);
        return history.drafts();
    }

    private void write(LocalDate from, LocalDate to) {
        opening(from);
        Trip trip = null;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (day.getDayOfMonth() == 1) {
                trip = planTrip(day, from, to);
            }
            monthly(day);
            if (trip != null && trip.covers(day)) {
                travelling(day, trip);
            } else {
                atHome(day);
            }
        }
    }

    private void opening(LocalDate day) {
        add(day, LocalTime.of(0, 5), TransactionKind.TRANSFER_IN, customer.openingCents(), null,
                "Banca precedente", "Trasferimento saldo per apertura conto");
    }

    private void monthly(LocalDate day) {
        int dom = day.getDayOfMonth();
        String month = day.format(MONTH);
        if (day.equals(workingDayOnOrBefore(day.withDayOfMonth(27)))) {
            add(day, LocalTime.of(9, 30), TransactionKind.SALARY, customer.salaryCents(), null, customer.employer(),
                    "Stipendio " + month);
        }
        if (day.getMonthValue() == 12 && day.equals(workingDayOnOrBefore(day.withDayOfMonth(15)))) {
            add(day, LocalTime.of(9, 30), TransactionKind.SALARY, customer.salaryCents(), null, customer.employer(),
                    "Tredicesima " + day.getYear());
        }
        if (day.equals(workingDayOnOrAfter(day.withDayOfMonth(1)))) {
            add(day, LocalTime.of(10, 15), TransactionKind.TRANSFER_OUT, -customer.rentCents(), null, customer.landlord(),
                    "Affitto " + month);
        }
        if (dom == 1 && !customer.drives()) {
            String operator = DemoMerchants.TRANSIT_PASS.get(customer.home().name());
            card(day, LocalTime.of(7, 40), 3_900, new Merchant(operator, DemoMerchants.TRANSIT_MCC, customer.home().name(),
                    near(customer.home(), operator)));
        }
        if (dom == 15) {
            boolean winter = day.getMonthValue() <= 3 || day.getMonthValue() >= 11;
            if (day.getMonthValue() % 2 == 0) {
                debit(day, DemoMerchants.ELECTRICITY, DemoMerchants.UTILITIES_MCC, between(6_500, winter ? 13_500 : 11_000),
                        "SDD bolletta luce");
            } else {
                debit(day, DemoMerchants.GAS, DemoMerchants.UTILITIES_MCC, winter ? between(11_000, 19_000) : between(2_500, 5_000),
                        "SDD bolletta gas");
            }
        }
        if (dom == 20) {
            debit(day, DemoMerchants.INTERNET, DemoMerchants.TELECOM_MCC, 2_895, "SDD Fastweb casa");
        }
        for (Subscription subscription : customer.subscriptions()) {
            if (dom == subscription.dayOfMonth()) {
                card(day, LocalTime.of(3, 10), subscription.cents(), DemoMerchants.remote(subscription.merchant(), subscription.mcc()));
            }
        }
    }

    private void atHome(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean friday = day.getDayOfWeek() == DayOfWeek.FRIDAY;
        City home = customer.home();
        maybe(day, home, Spend.GROCERIES, day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.6 : weekend ? 0.1 : 0.22, 9, 20);
        maybe(day, home, Spend.COFFEE, weekend ? 0.35 : 0.55, 7, 10);
        maybe(day, home, Spend.RESTAURANT, friday || day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.3 : weekend ? 0.2 : 0.05, 19, 22);
        maybe(day, home, Spend.FAST_FOOD, 0.08, 12, 14);
        maybe(day, home, Spend.FUEL, customer.drives() ? 0.09 : 0, 7, 20);
        maybe(day, home, Spend.PHARMACY, 0.04, 9, 19);
        maybe(day, home, Spend.CLOTHING, weekend ? 0.06 : 0.015, 10, 19);
        maybe(day, home, Spend.ELECTRONICS, 0.006, 10, 19);
        maybe(day, home, Spend.BOOKS, 0.03, 10, 19);
        maybe(day, home, Spend.CINEMA, weekend ? 0.08 : 0.01, 20, 22);
        maybe(day, home, Spend.TAXI, customer.drives() ? 0.02 : 0.05, 8, 23);
        maybe(day, home, Spend.CASH, 0.035, 8, 21);
        maybeOnline(day, Spend.ONLINE, 0.05);
        maybeOnline(day, Spend.FOOD_DELIVERY, weekend ? 0.07 : 0.03);
    }

    private void travelling(LocalDate day, Trip trip) {
        maybe(day, trip.city, Spend.COFFEE, 0.8, 8, 10);
        maybe(day, trip.city, Spend.RESTAURANT, 0.6, 12, 14);
        maybe(day, trip.city, Spend.RESTAURANT, 0.9, 19, 22);
        if (day.equals(trip.lastDay)) {
            String hotel = pick(DemoMerchants.local(trip.city, Spend.HOTEL));
            long perNight = between(Spend.HOTEL.centsMin, Spend.HOTEL.centsMax) / 2;
            card(day, LocalTime.of(10, 30), perNight * trip.nights(), new Merchant(hotel, Spend.HOTEL.mcc, trip.city.name(),
                    near(trip.city, hotel)));
        }
    }

    /** Some months have a trip of two to four days; its ticket is bought a few weeks before. */
    private Trip planTrip(LocalDate firstOfMonth, LocalDate historyFrom, LocalDate historyTo) {
        if (random.nextDouble() >= TRIP_MONTH_SHARE) {
            return null;
        }
        List<City> destinations = DemoMerchants.DESTINATIONS.stream().filter(city -> !city.equals(customer.home())).toList();
        City city = destinations.get(random.nextInt(destinations.size()));
        LocalDate start = firstOfMonth.plusDays(4 + random.nextInt(18));
        Trip trip = new Trip(city, start, start.plusDays(1 + random.nextInt(3)));
        LocalDate booked = start.minusDays(10 + random.nextInt(16));
        if (!booked.isBefore(historyFrom) && booked.isBefore(historyTo)) {
            Spend ticket = city == City.PARIS || city == City.BARCELONA ? Spend.FLIGHT : Spend.TRAIN;
            String seller = pick(DemoMerchants.ONLINE_MERCHANTS.get(ticket));
            card(booked, LocalTime.of(21, random.nextInt(60)), between(ticket.centsMin, ticket.centsMax),
                    DemoMerchants.remote(seller, ticket.mcc));
        }
        return trip;
    }

    private void maybe(LocalDate day, City city, Spend spend, double probability, int hourFrom, int hourTo) {
        List<String> merchants = DemoMerchants.local(city, spend);
        if (merchants.isEmpty() || random.nextDouble() >= probability) {
            return;
        }
        String name = pick(merchants);
        LocalTime time = LocalTime.of(hourFrom + random.nextInt(hourTo - hourFrom + 1), random.nextInt(60));
        Merchant merchant = new Merchant(name, spend.mcc, city.name(), near(city, name));
        if (spend == Spend.CASH) {
            long cents = 5_000 * (1 + random.nextInt(4));
            add(day, time, TransactionKind.CASH_WITHDRAWAL, -cents, merchant, null, null);
        } else {
            card(day, time, between(spend.centsMin, spend.centsMax), merchant);
        }
    }

    private void maybeOnline(LocalDate day, Spend spend, double probability) {
        if (random.nextDouble() < probability) {
            String name = pick(DemoMerchants.ONLINE_MERCHANTS.get(spend));
            LocalTime time = LocalTime.of(11 + random.nextInt(12), random.nextInt(60));
            card(day, time, between(spend.centsMin, spend.centsMax), DemoMerchants.remote(name, spend.mcc));
        }
    }

    private void card(LocalDate day, LocalTime time, long cents, Merchant merchant) {
        add(day, time, TransactionKind.CARD_PAYMENT, -cents, merchant, null, null);
    }

    private void debit(LocalDate day, String creditor, String mcc, long cents, String description) {
        add(day, LocalTime.of(6, 0), TransactionKind.DIRECT_DEBIT, -cents, DemoMerchants.remote(creditor, mcc), null,
                description);
    }

    private void add(LocalDate day, LocalTime time, TransactionKind kind, long signedCents, Merchant merchant,
                     String counterparty, String description) {
        boolean card = kind == TransactionKind.CARD_PAYMENT || kind == TransactionKind.CASH_WITHDRAWAL;
        entries.add(new Entry(day.atTime(time), kind, signedCents, merchant, counterparty, description, card));
    }

    private List<TransactionDraft> drafts() {
        entries.sort(Comparator.comparing(Entry::at));
        List<TransactionDraft> drafts = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            drafts.add(entries.get(i).draft(customer, "DEMO-" + customer.code() + "-" + String.format("%06d", i + 1)));
        }
        return drafts;
    }

    private long between(long centsMin, long centsMax) {
        return centsMin + random.nextLong(centsMax - centsMin + 1);
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A merchant's fixed place: near the city centre, the same for every visit. */
    static GeoPoint near(City city, String merchant) {
        SplittableRandom place = new SplittableRandom(merchant.hashCode());
        return new GeoPoint(round(city.centre().latitude() + (place.nextDouble() - 0.5) * 0.04),
                round(city.centre().longitude() + (place.nextDouble() - 0.5) * 0.06));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    private static LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static LocalDate workingDayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private record Trip(City city, LocalDate firstDay, LocalDate lastDay) {
        boolean covers(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }

        long nights() {
            return lastDay.toEpochDay() - firstDay.toEpochDay();
        }
    }

    private record Entry(LocalDateTime at, TransactionKind kind, long signedCents, Merchant merchant,
                         String counterparty, String description, boolean card) {

        TransactionDraft draft(DemoCustomer customer, String reference) {
            Instant bookedAt = at.atZone(DemoCustomer.ZONE).toInstant();
            String text = description;
            if (text == null && merchant != null) {
                String channel = DemoMerchants.isRemote(merchant.name()) ? "ECOM" : "POS";
                text = channel + " " + at.format(POS_TIME) + " CARTA *" + customer.cardLast4() + " "
                        + merchant.name().toUpperCase(Locale.ROOT);
            }
            return new TransactionDraft(reference, customer.iban(), Money.ofMinor(signedCents, "EUR"), kind,
                    TransactionStatus.BOOKED, bookedAt, at.toLocalDate(), card ? customer.cardLast4() : null, merchant,
                    counterparty, text, TransactionDetails.NONE);
        }
    }
}
