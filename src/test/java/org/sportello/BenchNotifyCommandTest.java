package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench notify} end to end at a rate any machine sustains: every measured transaction's
 * message reaches the fake Send API, and the run ends with its two headline lines.
 */
class BenchNotifyCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void deliversEveryMeasuredTransactionAndEndsWithTheHeadlineLines() {
        // One second is too short for the compilers to count as done (that takes five quiet ones):
        // the run says so and measures anyway.
        CommandLineRun run = CommandLineRun.of("bench", "notify", "--rate", "200", "--seconds", "2", "--warmup", "1", "--jit", "1",
                "--accounts", "20", "--data-dir", dataDir.toString(), "--spring.main.banner-mode=off");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("opened 20 accounts, each linked to a Messenger chat")
                .containsPattern("jit: not done 1 s after the warm-up \\(\\d+ ms of compiling in the last 1 s\\); measuring anyway")
                .contains("settled: the warm-up's backlog was delivered").contains("  1 s  offered ").contains("  2 s  offered ");
        Matcher offered = Pattern.compile("offered: ([\\d,]+) transactions at 200/s for 2 s \\(after 1 s of warm-up, 1 s for the JIT and")
                .matcher(run.out());
        assertThat(offered.find()).as(run.out()).isTrue();
        long measured = Long.parseLong(offered.group(1).replace(",", ""));
        assertThat(measured).as("a batch of 4 every 20 ms for about 2 s").isBetween(360L, 440L);
        assertThat(run.out()).contains("delivered: " + String.format("%,d", measured) + " in ").contains("not delivered at the end: 0")
                .containsPattern("(?m)^cpu per transaction: \\d+ µs over the measured seconds")
                .containsPattern("(?m)^jit: not done 1 s after the warm-up; [\\d,]+ ms of compiling in the measured seconds$")
                .containsPattern("(?m)^jvm: .+ " + Pattern.quote(System.getProperty("java.runtime.version")) + "$")
                .containsPattern("(?m)^transactions_per_s: \\d+$").containsPattern("(?m)^p99_ms: \\d+\\.\\d$");
    }

    @Test
    void theCompilersAreDoneAfterFiveSecondsOfLessThan50MsOfCompilingEach() {
        assertThat(NotifyBenchmark.jitQuiet(List.of(0L, 0L, 0L, 0L, 249L))).as("under 250 ms in 5 s").isTrue();
        assertThat(NotifyBenchmark.jitQuiet(List.of(0L, 0L, 0L, 0L, 250L))).as("250 ms in 5 s").isFalse();
        assertThat(NotifyBenchmark.jitQuiet(List.of(0L, 0L, 0L, 0L))).as("four seconds are not enough to tell").isFalse();
        assertThat(NotifyBenchmark.jitQuiet(List.of(900L, 0L, 0L, 0L, 0L))).as("a burst five seconds ago still counts").isFalse();
    }

    @Test
    void theBacklogCountsBatchesStillQueuedForTheIngestThread() {
        assertThat(NotifyBenchmark.backlog(10_000, 6_000, 300)).as("4,000 queued, 300 handed over and not accepted").isEqualTo(4_300);
        assertThat(NotifyBenchmark.backlog(10_000, 10_000, 0)).isZero();
    }

    @Test
    void theWarmUpClimbsFromATenthToTheFullRate() {
        assertThat(NotifyBenchmark.ramped(160, 0, 10_000)).isEqualTo(16);
        assertThat(NotifyBenchmark.ramped(160, 5_000, 10_000)).isEqualTo(88);
        assertThat(NotifyBenchmark.ramped(160, 10_000, 10_000)).isEqualTo(160);
        assertThat(NotifyBenchmark.ramped(1, 0, 10_000)).as("never an empty batch").isEqualTo(1);
        assertThat(NotifyBenchmark.ramped(160, 0, 0)).as("no warm-up").isEqualTo(160);
    }
}
