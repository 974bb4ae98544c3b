package org.sportello;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
                + " is the headline figure.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Spending.class})
final class BenchCommand {

    /** Options every benchmark shares. */
    static final class Common {

        @Option(names = "--data-dir", paramLabel = "DIR", description = "database directory (default: a new temporary one)")
        Path dataDirectory;

        @Option(names = "--keep", description = "keep the database afterwards")
        boolean keep;

        @CommandLine.Unmatched
        List<String> springArguments = new ArrayList<>();

        ConfigurableApplicationContext start(Path directory) {
            List<String> arguments = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
                    "--logging.level.org.sportello=WARN", "--logging.level.org.flywaydb=ERROR", "--sportello.demo.enabled=false", "--sportello.demo.feed.enabled=false",
                    "--sportello.data-dir=" + directory.toAbsolutePath()));
            arguments.addAll(springArguments);
            return new SpringApplicationBuilder(SportelloApplication.class).web(WebApplicationType.NONE)
                    .run(arguments.toArray(String[]::new));
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
}
