package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        CommandLineRun run = CommandLineRun.of("bench", "notify", "--rate", "200", "--seconds", "2", "--warmup", "1", "--accounts", "20",
                "--data-dir", dataDir.toString(), "--spring.main.banner-mode=off");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("opened 20 accounts, each linked to a Messenger chat")
                .contains("settled: the warm-up's backlog was delivered").contains("  1 s  offered ").contains("  2 s  offered ");
        Matcher offered = Pattern.compile("offered: ([\\d,]+) transactions at 200/s for 2 s").matcher(run.out());
        assertThat(offered.find()).as(run.out()).isTrue();
        long measured = Long.parseLong(offered.group(1).replace(",", ""));
        assertThat(measured).as("a batch of 4 every 20 ms for about 2 s").isBetween(360L, 440L);
        assertThat(run.out()).contains("delivered: " + String.format("%,d", measured) + " in ").contains("not delivered at the end: 0")
                .containsPattern("(?m)^cpu per transaction: \\d+ µs over the measured seconds")
                .containsPattern("(?m)^jvm: .+ " + Pattern.quote(System.getProperty("java.runtime.version")) + "$")
                .containsPattern("(?m)^transactions_per_s: \\d+$").containsPattern("(?m)^p99_ms: \\d+\\.\\d$");
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
