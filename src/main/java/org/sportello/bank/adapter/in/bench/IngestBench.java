package org.sportello.bank.adapter.in.bench;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sportello.bank.FeedFormat;
import org.sportello.bank.Feeds;
import org.sportello.bank.ImportReport;
import org.sportello.bank.IngestBenchmark;
import org.sportello.bank.application.BankSetup;
import org.sportello.shared.IdGenerator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component
class IngestBench implements IngestBenchmark {

    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final Feeds feeds;
    private final BankSetup setup;
    private final TransactionTemplate database;
    private final Clock clock;
    private final IdGenerator ids;

    IngestBench(Feeds feeds, BankSetup setup, TransactionTemplate database, Clock clock, IdGenerator ids) {
        this.feeds = feeds;
        this.setup = setup;
        this.database = database;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public List<SyntheticAccount> openAccounts(int count) {
        SyntheticBank bank = new SyntheticBank(ids.newId().substring(0, 8));
        database.executeWithoutResult(status -> bank.open(setup, count, clock.instant()));
        return bank.accounts();
    }

    @Override
    public Result run(Plan plan, Consumer<String> progress) {
        SyntheticBank bank = new SyntheticBank(ids.newId().substring(0, 8));
        database.executeWithoutResult(status -> bank.open(setup, plan.accounts(), clock.instant()));
        List<List<byte[]>> batches = generate(plan, bank);
        progress.accept("opened " + plan.accounts() + " accounts, generated the batches; pushing " + plan.transactions()
                + " transactions in batches of " + plan.batchSize() + " on " + plan.threads() + " threads");
        Histogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
        AtomicLong pushed = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(plan.threads());
        try {
            Future<?>[] running = new Future<?>[plan.threads()];
            for (int share = 0; share < plan.threads(); share++) {
                int mine = share;
                running[share] = workers.submit(() -> push(batches.get(mine), pushed, latency));
            }
            report(running, pushed, plan, started, progress);
        } finally {
            workers.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(pushed.get(), latency.getTotalCount(), seconds, pushed.get() / seconds, ms(latency, 50),
                ms(latency, 90), ms(latency, 99), ms(latency, 99.9), latency.getMaxValue() / 1e6);
    }

    /**
     * Every batch made before the clock starts, so the figures measure Sportello and not the
     * generator; each thread gets batches of its own share of the accounts.
     */
    private List<List<byte[]>> generate(Plan plan, SyntheticBank bank) {
        List<List<byte[]>> batches = new ArrayList<>();
        for (int share = 0; share < plan.threads(); share++) {
            batches.add(new ArrayList<>());
        }
        SplittableRandom random = new SplittableRandom(plan.transactions());
        int share = 0;
        for (long first = 0; first < plan.transactions(); first += plan.batchSize()) {
            int size = (int) Math.min(plan.batchSize(), plan.transactions() - first);
            batches.get(share).add(bank.batch(first, size, share, plan.threads(), clock.instant(), random));
            share = (share + 1) % plan.threads();
        }
        return batches;
    }

    private void push(List<byte[]> batches, AtomicLong pushed, Histogram latency) {
        for (byte[] batch : batches) {
            long start = System.nanoTime();
            ImportReport report = feeds.importFeed(FeedFormat.JSON, new ByteArrayInputStream(batch), "bench", Map.of());
            latency.recordValue(System.nanoTime() - start);
            if (report.booked() != report.items().size()) {
                throw new IllegalStateException("bench batch booked " + report.booked() + " of " + report.items().size());
            }
            pushed.addAndGet(report.booked());
        }
    }

    private static void report(Future<?>[] running, AtomicLong pushed, Plan plan, long started, Consumer<String> progress) {
        long lastReport = started;
        long lastCount = 0;
        while (!allDone(running)) {
            long now = System.nanoTime();
            if (now - lastReport >= PROGRESS_EVERY_NANOS) {
                long count = pushed.get();
                progress.accept(String.format("%,d / %,d transactions (%d%%), %,.0f tx/s now", count, plan.transactions(),
                        count * 100 / plan.transactions(), (count - lastCount) / ((now - lastReport) / 1e9)));
                lastReport = now;
                lastCount = count;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        }
        for (Future<?> worker : running) {
            try {
                worker.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", interrupted);
            } catch (java.util.concurrent.ExecutionException failed) {
                throw new IllegalStateException("a bench worker failed: " + failed.getCause().getMessage(), failed.getCause());
            }
        }
    }

    private static boolean allDone(Future<?>[] running) {
        for (Future<?> worker : running) {
            if (!worker.isDone()) {
                return false;
            }
        }
        return true;
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1e6;
    }
}
