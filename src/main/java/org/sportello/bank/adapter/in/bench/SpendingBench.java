package org.sportello.bank.adapter.in.bench;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.HdrHistogram.Histogram;
import org.sportello.bank.FeedFormat;
import org.sportello.bank.Feeds;
import org.sportello.bank.Period;
import org.sportello.bank.SpendingBenchmark;
import org.sportello.bank.Grant;
import org.sportello.bank.SpendingFacts;
import org.sportello.bank.application.BankSetup;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;
import org.sportello.shared.IdGenerator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component
class SpendingBench implements SpendingBenchmark {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final int WARM_UP_ROUNDS = 200;
    static final int BATCH = 2_000;

    private final Feeds feeds;
    private final SpendingFacts spending;
    private final BankSetup setup;
    private final TransactionTemplate database;
    private final Clock clock;
    private final IdGenerator ids;

    SpendingBench(Feeds feeds, SpendingFacts spending, BankSetup setup, TransactionTemplate database, Clock clock, IdGenerator ids) {
        this.feeds = feeds;
        this.spending = spending;
        this.setup = setup;
        this.database = database;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Result run(int transactions, int years, int queriesPerKind, Consumer<String> progress) {
        SyntheticBank bank = new SyntheticBank(ids.newId().substring(0, 8));
        database.executeWithoutResult(status -> bank.open(setup, 1, clock.instant()));
        Instant now = clock.instant();
        Instant from = now.minus(years * 365L, ChronoUnit.DAYS);
        SplittableRandom random = new SplittableRandom(7);
        for (int first = 0; first < transactions; first += BATCH) {
            int size = Math.min(BATCH, transactions - first);
            feeds.importFeed(FeedFormat.JSON, new ByteArrayInputStream(bank.batch(first, size, 0, 1, from, now, random)),
                    "bench", Map.of());
        }
        progress.accept(String.format("booked %,d transactions over %d years for one customer; asking each question %,d times",
                transactions, years, queriesPerKind));
        CustomerId customer = new CustomerId(bank.customerOf(0));
        LocalDate today = LocalDate.ofInstant(now, ROME);
        Map<String, IntConsumer> questions = questions(customer, today);
        Map<String, Double> p50 = new LinkedHashMap<>();
        Map<String, Double> p99 = new LinkedHashMap<>();
        questions.forEach((name, question) -> {
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                question.accept(i);
            }
            Histogram latency = new Histogram(60_000_000_000L, 3);
            for (int i = 0; i < queriesPerKind; i++) {
                long start = System.nanoTime();
                question.accept(i);
                latency.recordValue(System.nanoTime() - start);
            }
            p50.put(name, latency.getValueAtPercentile(50) / 1e6);
            p99.put(name, latency.getValueAtPercentile(99) / 1e6);
            progress.accept(String.format("%-28s p50 %.2f ms  p99 %.2f ms", name, p50.get(name), p99.get(name)));
        });
        return new Result(transactions, p50, p99);
    }

    /**
     * The benchmark's synthetic customer has no chat and no consent; the bank grants itself access
     * to data it made up, here and nowhere else ({@code ArchitectureTest} allows only this package).
     */
    private record SyntheticGrant(CustomerId customer) implements Grant {

        @Override
        public Scope scope() {
            return Scope.TRANSACTIONS;
        }
    }

    /**
     * The questions the assistant asks, each over a period that moves back through the history, so
     * that H2's reuse of identical query results does not flatter the figures.
     */
    private Map<String, IntConsumer> questions(CustomerId owner, LocalDate today) {
        Grant customer = new SyntheticGrant(owner);
        Map<String, IntConsumer> questions = new LinkedHashMap<>();
        questions.put("totals by category (month)", i -> spending.totals(customer, month(today, i), SpendingFacts.Grouping.CATEGORY));
        questions.put("totals by merchant (year)", i -> spending.totals(customer,
                new Period(today.minusDays(365 + i % 1000), today.minusDays(i % 1000), ROME), SpendingFacts.Grouping.MERCHANT));
        questions.put("one category (month)", i -> spending.total(customer, month(today, i), Optional.of("FOOD_AND_DRINK"),
                Optional.empty()));
        questions.put("one merchant vs last month", i -> spending.compare(customer, month(today, i), Optional.empty(),
                Optional.of("Esselunga")));
        questions.put("largest expenses (month)", i -> spending.largestExpenses(customer, month(today, i), 5));
        questions.put("recurring payments", i -> spending.recurring(customer, today.minusDays(i % 1000)));
        return questions;
    }

    private static Period month(LocalDate today, int back) {
        LocalDate end = today.minusDays(back % 1500);
        return new Period(end.minusMonths(1), end, ROME);
    }
}
