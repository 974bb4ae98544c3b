package org.sportello;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sportello.bank.IngestBenchmark;
import org.sportello.bank.SpendingBenchmark;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** End-to-end benchmarks on a fresh database: figures for docs/performance.md and for sizing a node. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        header = "Measure throughput and latency end to end on a fresh database.",
        description = "Each benchmark starts Sportello without its web server on a database of its own (deleted afterwards"
                + " unless --keep), prints progress every second on standard error and ends with a summary whose last line"
                + " is the headline figure. Spring properties may follow as --name=value, for example"
                + " --spring.datasource.url=... to measure another database or other H2 settings.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Spending.class, BenchCommand.Notify.class})
final class BenchCommand {

    /** Options every benchmark shares. */
    static final class Common {

        @Option(names = "--data-dir", paramLabel = "DIR", description = "database directory (default: a new temporary one)")
        Path dataDirectory;

        @Option(names = "--keep", description = "keep the database afterwards")
        boolean keep;

        /**
         * Spring properties given after the options ({@code --spring.datasource.url=...}). Picocli
         * allows them because of this field, but leaves a mixin's field empty: they are read from
         * the command that mixes these options in.
         */
        @CommandLine.Unmatched
        List<String> unmatched = new ArrayList<>();

        @Spec(Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec mixee;

        /** Spring properties the benchmark itself sets, after the operator's. */
        final List<String> springArguments = new ArrayList<>();

        ConfigurableApplicationContext start(Path directory) {
            List<String> arguments = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
                    "--logging.level.org.sportello=WARN", "--logging.level.org.flywaydb=ERROR", "--sportello.demo.enabled=false", "--sportello.demo.feed.enabled=false",
                    "--sportello.data-dir=" + directory.toAbsolutePath()));
            arguments.addAll(mixee.commandLine().getUnmatchedArguments());
            arguments.addAll(springArguments);
            return new SpringApplicationBuilder(SportelloApplication.class).web(WebApplicationType.NONE)
                    .run(lastOfEachName(arguments).toArray(String[]::new));
        }

        /**
         * Each property once, with the last value given for it: Spring joins repeated values with
         * commas ("off,off"), which no setting accepts. So the operator's value replaces a
         * benchmark's default, and what the benchmark must set (its fake platform) replaces the
         * operator's.
         */
        static List<String> lastOfEachName(List<String> arguments) {
            Map<String, String> byName = new LinkedHashMap<>();
            for (String argument : arguments) {
                int equals = argument.indexOf('=');
                String name = equals < 0 ? argument : argument.substring(0, equals);
                byName.remove(name);
                byName.put(name, argument);
            }
            return List.copyOf(byName.values());
        }

        /**
         * Starts Sportello on the benchmark's database, says on standard error where it runs, runs
         * the benchmark with progress on standard error, and cleans up.
         */
        <R> R run(PrintWriter err, String name, BiFunction<ConfigurableApplicationContext, Consumer<String>, R> benchmark)
                throws IOException {
            Path directory = directory();
            try (ConfigurableApplicationContext app = start(directory)) {
                String database = app.getEnvironment().getProperty("spring.datasource.url", "?").replaceAll(";.*", "");
                err.println("bench " + name + " on " + database + ", " + Runtime.getRuntime().availableProcessors()
                        + " cores, Java " + Runtime.version());
                return benchmark.apply(app, line -> {
                    err.println(line);
                    err.flush();
                });
            } finally {
                cleanUp(directory, err);
            }
        }

        Path directory() throws IOException {
            return dataDirectory != null ? Files.createDirectories(dataDirectory) : Files.createTempDirectory("sportello-bench-");
        }

        void cleanUp(Path directory, PrintWriter err) {
            if (keep || dataDirectory != null) {
                err.println("database kept in " + directory.toAbsolutePath());
                return;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + directory, e);
            }
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            header = "Push synthetic transactions through the real ingest path (parse, validate, book, publish).",
            description = "Creates --accounts accounts, then pushes --transactions card payments and transfers as JSON"
                    + " batches through the same code as POST /api/v1/transactions, --threads batches at a time. Prints"
                    + " the latency of a batch from parsing to commit and ends with the line 'transactions_per_s: N'.")
    static final class Ingest implements Callable<Integer> {

        @Option(names = "--accounts", defaultValue = "1000", description = "accounts to create (default: ${DEFAULT-VALUE})")
        int accounts;

        @Option(names = "--transactions", defaultValue = "1000000", description = "transactions to push (default: ${DEFAULT-VALUE})")
        long transactions;

        @Option(names = "--batch", defaultValue = "2000", description = "transactions per batch (default: ${DEFAULT-VALUE})")
        int batchSize;

        @Option(names = "--threads", defaultValue = "2", description = "batches in flight (default: ${DEFAULT-VALUE})")
        int threads;

        @CommandLine.Mixin
        Common common = new Common();

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            IngestBenchmark.Plan plan = new IngestBenchmark.Plan(accounts, transactions, batchSize, threads);
            IngestBenchmark.Result result = common.run(err, "ingest",
                    (app, progress) -> app.getBean(IngestBenchmark.class).run(plan, progress));
            out.printf("transactions: %,d in %,d batches of %,d on %d threads, %,d accounts, %.1f s%n", result.transactions(),
                    result.batches(), batchSize, threads, accounts, result.seconds());
            out.printf("batch latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n", result.p50Ms(), result.p90Ms(),
                    result.p99Ms(), result.p999Ms(), result.maxMs());
            out.printf("transactions_per_s: %d%n", Math.round(result.transactionsPerSecond()));
            return 0;
        }
    }

    @Command(name = "spending", mixinStandardHelpOptions = true,
            header = "Ask the spending questions of the assistant on one customer with years of history.",
            description = "Books --transactions transactions over --years years for one customer, then asks each kind of"
                    + " question --queries times (after a warm-up) and prints p50 and p99 per kind, ending with the line"
                    + " 'p99_ms: N' (the worst kind).")
    static final class Spending implements Callable<Integer> {

        @Option(names = "--transactions", defaultValue = "10000", description = "history size (default: ${DEFAULT-VALUE})")
        int transactions;

        @Option(names = "--years", defaultValue = "5", description = "years of history (default: ${DEFAULT-VALUE})")
        int years;

        @Option(names = "--queries", defaultValue = "2000", description = "questions of each kind (default: ${DEFAULT-VALUE})")
        int queries;

        @CommandLine.Mixin
        Common common = new Common();

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            SpendingBenchmark.Result result = common.run(err, "spending",
                    (app, progress) -> app.getBean(SpendingBenchmark.class).run(transactions, years, queries, progress));
            out.printf("spending questions on %,d transactions over %d years, %,d of each kind%n", result.transactions(), years,
                    queries);
            result.p99MsByQuery().forEach((name, p99) -> out.printf("  %-28s p50 %6.2f ms  p99 %6.2f ms%n", name,
                    result.p50MsByQuery().get(name), p99));
            out.printf("p99_ms: %.2f%n", result.worstP99Ms());
            return 0;
        }
    }

    @Command(name = "notify", mixinStandardHelpOptions = true,
            header = "Push transactions at a fixed rate and measure until their Messenger messages are accepted.",
            description = "Opens --accounts customers, each linked to a Messenger chat, starts a local fake Send API, then offers"
                    + " transactions through the ingest path (a batch every --tick ms): --warmup s climbing from a tenth of --rate"
                    + " to all of it, then --rate/s until the warm-up's backlog is delivered (at most --settle s), then --seconds s"
                    + " measured. Each transaction is notified through the outbox to the fake Send API. Only the transactions"
                    + " offered in the measured seconds count. Prints progress every second and ends with the lines"
                    + " 'transactions_per_s: N' (their messages accepted per second) and 'p99_ms: N' (from the tick their batch"
                    + " was due to the message's acceptance). The fake Send"
                    + " API has no rate limit, so sportello.delivery.rate-per-second is lifted for the run; live fraud scoring is off"
                    + " (each synthetic card pays several times a second, which it would rightly question).")
    static final class Notify implements Callable<Integer> {

        @Option(names = "--rate", defaultValue = "10000", description = "offered transactions per second (default: ${DEFAULT-VALUE})")
        int rate;

        @Option(names = "--seconds", defaultValue = "30", description = "measured seconds (default: ${DEFAULT-VALUE})")
        int seconds;

        @Option(names = "--warmup", defaultValue = "10", description = "seconds of climbing rate before measuring (default: ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "--jit", defaultValue = "90",
                description = "at most this many seconds at the full rate after the warm-up for the JIT compilers to be done; 0 skips"
                        + " the wait (default: ${DEFAULT-VALUE})")
        int jit;

        @Option(names = "--settle", defaultValue = "30",
                description = "at most this many seconds at the full rate for the warm-up's backlog to be delivered (default: ${DEFAULT-VALUE})")
        int settle;

        @Option(names = "--accounts", defaultValue = "1000", description = "customers and chats (default: ${DEFAULT-VALUE})")
        int accounts;

        @Option(names = "--tick", defaultValue = "20", description = "milliseconds between batches (default: ${DEFAULT-VALUE})")
        int tick;

        @Option(names = "--platform-batch", defaultValue = "50",
                description = "messages per Send API call, as Meta's batch requests (sportello.delivery.platform-batch; default: ${DEFAULT-VALUE})")
        int platformBatch;

        @CommandLine.Mixin
        Common common = new Common();

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (rate < 1 || seconds < 1 || warmup < 0 || jit < 0 || settle < 0 || accounts < 1 || tick < 1 || tick > 1_000) {
                err.println("bench notify: need --rate >= 1, --seconds >= 1, --warmup >= 0, --jit >= 0, --settle >= 0, --accounts >= 1,"
                        + " --tick 1 to 1000");
                return 2;
            }
            try (NotifyBenchmark.FakeSendApi fake = new NotifyBenchmark.FakeSendApi()) {
                common.springArguments.addAll(List.of("--sportello.messenger.page-access-token=bench-page-token",
                        "--sportello.messenger.page-id=bench-page", "--sportello.messenger.graph-api-url=" + fake.url(),
                        "--sportello.delivery.rate-per-second=1000000", "--sportello.delivery.platform-batch=" + platformBatch,
                        // Each synthetic card pays several times a second: live fraud scoring would rightly
                        // ask about every card, and the run would measure fraud alerts instead.
                        "--sportello.fraud.scoring.enabled=false"));
                NotifyBenchmark.Plan plan = new NotifyBenchmark.Plan(rate, seconds, warmup, jit, settle, accounts, tick);
                NotifyBenchmark.Result result = common.run(err, "notify", (app, progress) -> {
                    try {
                        return NotifyBenchmark.run(app, fake, plan, progress);
                    } catch (Exception e) {
                        throw new IllegalStateException("bench notify failed: " + e.getMessage(), e);
                    }
                });
                out.printf("offered: %,d transactions at %,d/s for %d s (after %d s of warm-up, %d s for the JIT and %.1f s %s),"
                                + " %,d accounts%n",
                        result.offered(), rate, seconds, warmup, result.jit().seconds(), result.settledSeconds(),
                        result.settled() ? "until its backlog was delivered" : "without delivering its backlog", accounts);
                out.printf("booked: %,d  delivered: %,d in %.1f s  not delivered at the end: %,d%n", result.booked(), result.delivered(),
                        result.seconds(), result.undelivered());
                out.printf("latency ms (batch due -> message accepted): p50 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                        result.p50Ms(), result.p99Ms(), result.p999Ms(), result.maxMs());
                out.printf("cpu per transaction: %.0f µs over the measured seconds (the whole process, fake Send API included, on %d cores)%n",
                        result.cpuMicrosPerTransaction(), Runtime.getRuntime().availableProcessors());
                NotifyBenchmark.Jit compilers = result.jit();
                out.printf("jit: %s; %s ms of compiling in the measured seconds%n",
                        jit == 0 ? "not waited for" : compilers.quiet() ? "done " + compilers.seconds() + " s after the warm-up"
                                : "not done " + compilers.seconds() + " s after the warm-up",
                        compilers.measuredMillis() < 0 ? "unknown" : String.format("%,d", compilers.measuredMillis()));
                // The same jar costs a quarter less CPU on Java 25 than on 17: a figure means little without its JVM.
                out.printf("jvm: %s %s%n", System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
                out.printf("transactions_per_s: %d%n", Math.round(result.deliveredPerSecond()));
                out.printf("p99_ms: %.1f%n", result.p99Ms());
                return 0;
            }
        }
    }
}
