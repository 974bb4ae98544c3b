package org.sportello.bank;

import java.util.List;
import java.util.function.Consumer;
import org.sportello.shared.CustomerId;

/**
 * Measures the real ingest path end to end: synthetic accounts, then JSON batches of card
 * payments and transfers pushed through {@link Feeds} (parse, validate, book, publish events),
 * several at a time. For operators sizing a node, and for the project's performance figures.
 */
public interface IngestBenchmark {

    Result run(Plan plan, Consumer<String> progress);

    /**
     * Opens {@code count} synthetic customers, each with an account and a card, for a benchmark
     * that pushes its own batches (the notification benchmark).
     */
    List<SyntheticAccount> openAccounts(int count);

    record SyntheticAccount(CustomerId customer, String iban, String cardLast4) {
    }

    /**
     * @param accounts     synthetic accounts to create first
     * @param transactions transactions to push in all
     * @param batchSize    transactions per JSON batch (1 to 10,000)
     * @param threads      batches in flight at once, each thread on its own share of the accounts
     */
    record Plan(int accounts, long transactions, int batchSize, int threads) {

        public Plan {
            if (accounts < 1 || transactions < 1 || batchSize < 1 || batchSize > 10_000 || threads < 1 || threads > 64) {
                throw new IllegalArgumentException("need accounts >= 1, transactions >= 1, batch size 1 to 10000, threads 1 to 64;"
                        + " got " + accounts + ", " + transactions + ", " + batchSize + ", " + threads);
            }
        }
    }

    /** Throughput and the latency of a batch from the start of its parsing to its commit, in milliseconds. */
    record Result(long transactions, long batches, double seconds, double transactionsPerSecond, double p50Ms, double p90Ms,
                  double p99Ms, double p999Ms, double maxMs) {
    }
}
