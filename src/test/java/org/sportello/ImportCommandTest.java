package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `sportello import` on files, against its own embedded database. */
class ImportCommandTest {

    static final Path CSV = Path.of("src/test/resources/bank/csv/movimenti-giulia.csv");
    static final Path MAPPING = Path.of("src/test/resources/bank/csv/movimenti-giulia.properties");

    private final String dataDir = "target/test-data/import-" + UUID.randomUUID();
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine command = Sportello.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void importsAFileOnceAndRecognisesItTheSecondTime() {
        assertThat(run("import", "--data-dir", dataDir, "--format", "csv", "--mapping", MAPPING.toString(), CSV.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith(CSV + " (csv): 3 booked, 0 settled, 0 duplicates, 0 skipped in ")
                .contains("      0  CSV-20261103-01          BOOKED    balance ");

        assertThat(run("import", "--data-dir", dataDir, "--format", "csv", "--mapping", MAPPING.toString(), CSV.toString()))
                .isZero();
        assertThat(out.toString()).startsWith(CSV + " (csv): 0 booked, 0 settled, 3 duplicates, 0 skipped in ");
    }

    @Test
    void refusesABadFileNamingLineAndColumnAndBooksNothing() throws Exception {
        Path broken = Files.createDirectories(Path.of(dataDir)).resolve("broken.csv");
        Files.writeString(broken, Files.readString(CSV).replace("\"45,00\"", "\"45,0O\""));

        assertThat(run("import", "--data-dir", dataDir, "--format", "csv", "--mapping", MAPPING.toString(), broken.toString()))
                .isEqualTo(ImportCommand.REFUSED);

        assertThat(err.toString()).isEqualTo(broken + ": refused, nothing was booked: 1 problem(s) in broken.csv; nothing was booked"
                + System.lineSeparator() + "  /lines/5/Dare/Avere: line 5, column \"Dare/Avere\": '45,0O' is not an amount written"
                + " with decimal separator ','" + System.lineSeparator());
    }

    @Test
    void importsTheCamtSamplesAsTheHttpApiDoes() {
        assertThat(run("import", "--data-dir", dataDir, "--format", "camt054", "--json",
                "src/test/resources/bank/camt/samples/camt054_card_payment_pending_reversal.xml")).as(err.toString()).isZero();

        assertThat(out.toString()).startsWith("{\"format\":\"camt054\",\"booked\":3,\"settled\":0,\"duplicates\":0,\"skipped\":0,"
                + "\"items\":[{\"index\":0,\"id\":\"20261118101431000042\",\"status\":\"BOOKED\",\"transactionId\":");
        assertThat(run("import", "--data-dir", dataDir, "--format", "camt053",
                "src/test/resources/bank/camt/samples/camt054_card_payment_pending_reversal.xml")).isEqualTo(ImportCommand.REFUSED);
        assertThat(err.toString()).contains("is a camt.054.001.08 but camt053 was asked for");
    }

    @Test
    void explainsAnUnknownFormat() {
        assertThat(run("import", "--format", "mt940", CSV.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown format 'mt940': use json, camt053, camt054, camt or csv.");
    }

    @Test
    void sendsTheBearerTokenFromTheTokenFileToARunningSportello(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        java.util.concurrent.atomic.AtomicReference<String> authorization = new java.util.concurrent.atomic.AtomicReference<>();
        server.createContext("/api/v1/transactions", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] answer = "{\"booked\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            java.nio.file.Path token = java.nio.file.Files.writeString(dir.resolve("feed.token"), "secret-feed-token\n");
            java.nio.file.Path feed = java.nio.file.Files.writeString(dir.resolve("feed.json"), "{\"transactions\": []}");
            assertThat(run("import", "--url", "http://127.0.0.1:" + server.getAddress().getPort(), "--token-file", token.toString(),
                    "--format", "json", feed.toString())).as(err.toString()).isZero();
            assertThat(authorization.get()).isEqualTo("Bearer secret-feed-token");
            assertThat(out.toString()).contains("feed.json: HTTP 200 {\"booked\":1}");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aTokenFileGoesOnlyWithAUrl() {
        assertThat(run("import", "--token-file", CSV.toString(), "--format", "csv", CSV.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("--token-file goes with --url: a local import needs no token.");
    }

    @Test
    void hasHelp() {
        assertThat(run("import", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: sportello import [-hV] [--json] [--data-dir=DIR] -f=FORMAT")
                .contains("sportello import --format camt054 notifica.xml");
    }
}
