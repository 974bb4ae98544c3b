package org.sportello.jmh;

import java.io.IOException;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs Sportello's JMH benchmarks: all of them with the defaults below, or what the arguments say,
 * in the syntax of JMH's own {@code org.openjdk.jmh.Main} ({@code -h} lists it). An argument replaces
 * its default only: {@code CardNumbers -i 10} runs one class, with ten measured iterations, one fork
 * and five warm-up iterations of a second.
 */
public final class Benchmarks {

    static final String ALL = ".*Benchmark.*";
    static final int FORKS = 1;
    /** Reading a batch of 2,000 transactions takes about 4 s on two cores to settle; everything else, 1 s. */
    static final int WARMUP_ITERATIONS = 5;
    static final int MEASUREMENT_ITERATIONS = 5;
    static final TimeValue ITERATION_TIME = TimeValue.seconds(1);

    private Benchmarks() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        CommandLineOptions given = new CommandLineOptions(args);
        if (given.shouldHelp() || given.shouldList() || given.shouldListWithParams() || given.shouldListProfilers()
                || given.shouldListResultFormats()) {
            Main.main(args); // JMH's own help and lists
            return;
        }
        new Runner(withDefaults(given)).run();
    }

    /** The builder's own settings beat its parent's, so a default is set only where no argument gave one. */
    static Options withDefaults(CommandLineOptions given) {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(given);
        if (given.getIncludes().isEmpty()) {
            options.include(ALL);
        }
        if (!given.getForkCount().hasValue()) {
            options.forks(FORKS);
        }
        if (!given.getWarmupIterations().hasValue()) {
            options.warmupIterations(WARMUP_ITERATIONS);
        }
        if (!given.getWarmupTime().hasValue()) {
            options.warmupTime(ITERATION_TIME);
        }
        if (!given.getMeasurementIterations().hasValue()) {
            options.measurementIterations(MEASUREMENT_ITERATIONS);
        }
        if (!given.getMeasurementTime().hasValue()) {
            options.measurementTime(ITERATION_TIME);
        }
        return options.build();
    }
}
