package org.sportello.bank.adapter.in.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sportello.bank.CardKind;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.IngestBenchmark;
import org.sportello.bank.application.BankSetup;
import org.sportello.bank.domain.ItalianIban;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Language;
import org.sportello.shared.Money;

/** Synthetic customers, accounts and JSON batches for benchmarks: plausible, cheap to make, deterministic. */
final class SyntheticBank {

    private static final String[][] MERCHANTS = {
            {"Esselunga", "5411"}, {"Conad", "5411"}, {"Bar Centrale", "5814"}, {"Trattoria Roma", "5812"}, {"Eni Station", "5541"},
            {"Farmacia Centrale", "5912"}, {"Zara", "5651"}, {"Amazon", "5942"}, {"Trenitalia", "4112"}, {"MediaWorld", "5732"}};
    private static final String[] CITIES = {"Milano", "Roma", "Torino", "Napoli", "Bologna"};
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String run;
    private final List<Iban> ibans = new ArrayList<>();
    private final List<String> cards = new ArrayList<>();

    SyntheticBank(String run) {
        this.run = run;
    }

    /** The customer id of the account at this position. */
    String customerOf(int account) {
        return "bench-" + run + "-" + account;
    }

    /** The accounts opened, in order. */
    List<IngestBenchmark.SyntheticAccount> accounts() {
        List<IngestBenchmark.SyntheticAccount> accounts = new ArrayList<>(ibans.size());
        for (int i = 0; i < ibans.size(); i++) {
            accounts.add(new IngestBenchmark.SyntheticAccount(new CustomerId(customerOf(i)), ibans.get(i).value(), cards.get(i)));
        }
        return accounts;
    }

    /** Opens the accounts, each with one card; returns how many. */
    int open(BankSetup setup, int accounts, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Rome"));
        for (int i = 0; i < accounts; i++) {
            String id = "bench-" + run + "-" + i;
            Iban iban = ItalianIban.of("05428", "09999", String.format("%06d%06d", Math.abs(run.hashCode()) % 1_000_000, i));
            String last4 = String.format("%04d", i % 10_000);
            setup.addCustomer(new CustomerProfile(new CustomerId(id), "Bench", "Bench " + i, Language.IT, ZoneId.of("Europe/Rome")),
                    now);
            setup.openAccount("acc-" + id, new CustomerId(id), iban, Currency.getInstance("EUR"), "Conto Sportello", today,
                    Money.eur("0"));
            setup.issueCard("card-" + id, "acc-" + id, "VISA", CardKind.DEBIT, "classic-visa", last4, today.plusYears(4));
            ibans.add(iban);
            cards.add(last4);
        }
        return accounts;
    }

    /**
     * A JSON batch of {@code size} transactions on the accounts of {@code share} (index modulo
     * {@code shares}), so concurrent batches never wait on each other's account rows.
     */
    byte[] batch(long firstSequence, int size, int share, int shares, Instant bookedAt, SplittableRandom random) {
        return batch(firstSequence, size, share, shares, bookedAt, bookedAt, random);
    }

    /** The same, booked at random moments between {@code from} and {@code to}. */
    byte[] batch(long firstSequence, int size, int share, int shares, Instant from, Instant to, SplittableRandom random) {
        StringBuilder json = new StringBuilder(size * 330).append("{\"transactions\":[");
        int perShare = Math.max(1, ibans.size() / shares);
        long spanSeconds = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        for (int i = 0; i < size; i++) {
            int account = Math.min(share + shares * random.nextInt(perShare), ibans.size() - 1);
            Instant when = from.plusSeconds(random.nextLong(spanSeconds));
            if (i > 0) {
                json.append(',');
            }
            appendItem(json, firstSequence + i, account, ISO.format(when.atZone(ZoneId.of("Europe/Rome"))), random);
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private void appendItem(StringBuilder json, long sequence, int account, String when, SplittableRandom random) {
        boolean transfer = random.nextInt(10) == 0;
        long cents = transfer ? 5_000 + random.nextInt(100_000) : 150 + random.nextInt(12_000);
        json.append("{\"id\":\"B-").append(run).append('-').append(sequence)
                .append("\",\"account\":\"").append(ibans.get(account).value())
                .append("\",\"amount\":\"").append(cents / 100).append('.').append(String.format("%02d", cents % 100))
                .append("\",\"currency\":\"EUR\",\"bookedAt\":\"").append(when);
        if (transfer) {
            json.append("\",\"direction\":\"CREDIT\",\"counterparty\":\"Luca Bianchi\",\"description\":\"Bonifico ")
                    .append(sequence).append("\"}");
            return;
        }
        String[] merchant = MERCHANTS[random.nextInt(MERCHANTS.length)];
        json.append("\",\"direction\":\"DEBIT\",\"card\":\"").append(cards.get(account))
                .append("\",\"merchant\":{\"name\":\"").append(merchant[0]).append("\",\"mcc\":\"").append(merchant[1])
                .append("\",\"city\":\"").append(CITIES[random.nextInt(CITIES.length)]).append("\"},\"description\":\"POS CARTA *")
                .append(cards.get(account)).append(' ').append(merchant[0].toUpperCase(Locale.ROOT)).append("\"}");
    }
}
