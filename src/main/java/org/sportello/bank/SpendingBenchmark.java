package org.sportello.bank;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Measures the spending answers the assistant asks for, on one customer with years of history:
 * each kind of question many times, with latency percentiles per kind.
 */
public interface SpendingBenchmark {

    Result run(int transactions, int years, int queriesPerKind, Consumer<String> progress);

    /** @param p99MsByQuery the 99th percentile latency of each kind of question, in milliseconds */
    record Result(long transactions, Map<String, Double> p50MsByQuery, Map<String, Double> p99MsByQuery) {

        public double worstP99Ms() {
            return p99MsByQuery.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }
}
