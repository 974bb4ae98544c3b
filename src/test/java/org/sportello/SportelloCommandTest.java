package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SportelloCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Sportello.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void helpListsTheCommandsAndOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .startsWith("Usage: sportello [-hV] [--no-demo-feed] [--data-dir=DIR] [--port=PORT] [COMMAND]")
                .contains("With no command it serves (the same as 'serve')")
                .contains("serve   Start the server: web chat, APIs, demo bank (the default command).")
                .contains("import  Import transactions from files: JSON batches, camt.053/camt.054, CSV")
                .contains("bench   Measure throughput and latency end to end on a fresh database.");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: sportello serve [-hV] [--no-demo-feed] [--data-dir=DIR] [--port=PORT]");
        for (String[] command : new String[][] {{"import"}, {"bench"}, {"bench", "ingest"}, {"bench", "spending"}}) {
            out.getBuffer().setLength(0);
            String[] args = Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            assertThat(run(args)).as(String.join(" ", command)).isZero();
            assertThat(out.toString()).contains("Usage: sportello " + String.join(" ", command));
        }
    }

    @Test
    void refusesAnUnknownCommandWithAHint() {
        assertThat(run("improt", "file.xml")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown command or option 'improt'. Spring properties take the form"
                + " --name=value; run 'sportello --help' for the commands.");
    }

    @Test
    void printsItsVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("sportello ");
    }
}
