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
                .contains("serve          Start the server: web chat, APIs, demo bank (the default")
                .contains("import         Import transactions from files: JSON batches, camt.053/camt.")
                .contains("bench          Measure throughput and latency end to end on a fresh database.")
                .contains("audit          Check the audit trail of consent events and data accesses.")
                .contains("nlu            Train and evaluate the assistant's intent model from files of")
                .contains("fraud          Measure the fraud scorer on labelled card payments.")
                .contains("hash-password  Print the encoded form of an operator's password for sportello.");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: sportello serve [-hV] [--no-demo-feed] [--data-dir=DIR] [--port=PORT]");
        for (String[] command : new String[][] {{"import"}, {"bench"}, {"bench", "ingest"}, {"bench", "spending"},
                {"audit"}, {"audit", "verify"}, {"nlu"}, {"nlu", "train"}, {"nlu", "eval"}, {"fraud"}, {"fraud", "eval"},
                {"hash-password"}}) {
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
    void hashesAnOperatorsPasswordWithoutPrintingIt() throws Exception {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("correct horse battery\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(run("hash-password")).isZero();
        } finally {
            System.setIn(stdin);
        }
        String hash = out.toString().strip();
        assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain("correct horse");
        assertThat(org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches("correct horse battery", hash)).isTrue();
    }

    @Test
    void refusesAShortOperatorPassword() {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("short\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(run("hash-password")).isEqualTo(2);
        } finally {
            System.setIn(stdin);
        }
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("hash-password: the password must have at least 12 characters; nothing was printed"
                + System.lineSeparator());
    }

    @Test
    void printsItsVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("sportello ");
    }
}
