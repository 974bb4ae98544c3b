package org.sportello;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.sportello.bank.FeedFormat;
import org.sportello.bank.Feeds;
import org.sportello.bank.ImportReport;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Violation;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** Imports bank feeds from files through the same path as the HTTP API. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        header = "Import transactions from files: JSON batches, camt.053/camt.054, CSV exports.",
        description = {
                "Books every file through the same path as POST /api/v1/transactions: parse, validate, book, notify.",
                "A file is booked whole or not at all; errors name the file, the line or element, and the field.",
                "",
                "By default it opens the database itself (stop a running Sportello on the same data first, or use"
                        + " --url to import through it). Exit codes: 0 booked, 1 refused, 2 usage, 3 environment.",
                ""},
        footer = {"", "Examples:",
                "  sportello import --format camt054 notifica.xml",
                "  sportello import --format csv --mapping banca.properties movimenti.csv",
                "  sportello import --format csv --map column.id=Rif --map column.amount=Importo --map currency=EUR"
                        + " --map account=IT60X0542811101000000123456 --map column.bookedAt=Data export.csv",
                "  sportello import --url http://localhost:8080 --format camt053 estratto.xml",
                "  sportello import --url https://sportello.bank.example --token-file /etc/sportello/feed.token --format camt054 n.xml"})
final class ImportCommand implements Callable<Integer> {

    static final int REFUSED = 1;
    static final int ENVIRONMENT = 3;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "json, camt053, camt054, camt (either, by namespace) or csv")
    String format;

    @Option(names = "--mapping", paramLabel = "FILE", description = "CSV column mapping as a properties file")
    Path mapping;

    @Option(names = "--map", paramLabel = "KEY=VALUE", description = "a CSV mapping entry, e.g. column.amount=Importo; repeatable")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--url", paramLabel = "URL", description = "import through a running Sportello at this address")
    URI url;

    @Option(names = "--token-file", paramLabel = "FILE", description = "with --url: a file holding the bearer token of the bank's API"
            + " client (role BANK_FEED); kept out of the command line, where other users could see it")
    Path tokenFile;

    @Option(names = "--json", description = "print each report as JSON, as the HTTP API answers")
    boolean json;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "the embedded database's directory (default: ./data)")
    Path dataDirectory;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to import, in order")
    List<Path> files = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        FeedFormat feedFormat = FeedFormat.ofCode(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Unknown format '" + format + "': use json, camt053, camt054, camt or csv."));
        Map<String, String> options = options();
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read " + file + ".");
            }
        }
        if (tokenFile != null && url == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--token-file goes with --url: a local import needs no token.");
        }
        String token = null;
        if (tokenFile != null) {
            if (!Files.isReadable(tokenFile)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read the token file " + tokenFile + ".");
            }
            token = Files.readString(tokenFile).strip();
            if (token.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "The token file " + tokenFile + " is empty.");
            }
        }
        return url != null ? new RemoteImport(out(), err(), url, token).run(feedFormat, options, files) : importLocally(feedFormat, options);
    }

    private int importLocally(FeedFormat feedFormat, Map<String, String> options) throws IOException {
        try (ConfigurableApplicationContext app = startApplication()) {
            Feeds feeds = app.getBean(Feeds.class);
            for (Path file : files) {
                long started = System.nanoTime();
                try (InputStream content = Files.newInputStream(file)) {
                    ImportReport report = feeds.importFeed(feedFormat, content, file.getFileName().toString(), options);
                    ReportPrinter.print(out(), file, report, System.nanoTime() - started, json, app);
                } catch (RequestRefused refused) {
                    ReportPrinter.refused(err(), file, refused);
                    return REFUSED;
                }
            }
            return 0;
        } catch (BeanCreationException | IllegalStateException cannotStart) {
            err().println("Cannot open the database: " + rootCause(cannotStart)
                    + ". If Sportello is running on the same data, stop it or import through it with --url http://localhost:8080.");
            return ENVIRONMENT;
        }
    }

    private ConfigurableApplicationContext startApplication() {
        return startApplication(dataDirectory);
    }

    /** The application without its web server, quiet, on the embedded database in {@code dataDirectory} (null: ./data). */
    static ConfigurableApplicationContext startApplication(Path dataDirectory, String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.org.sportello=WARN", "--logging.level.org.flywaydb=ERROR",
                "--sportello.demo.feed.enabled=false"));
        arguments.addAll(List.of(moreArguments));
        if (dataDirectory != null) {
            arguments.add("--sportello.data-dir=" + dataDirectory.toAbsolutePath().normalize());
        }
        return new SpringApplicationBuilder(SportelloApplication.class).web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }

    private Map<String, String> options() throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        if (mapping != null) {
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(mapping)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(key -> options.put(key, properties.getProperty(key)));
        }
        options.putAll(map);
        return options;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Sends each file to a running Sportello's HTTP API and prints its answer.
     *
     * @param token the API client's bearer token; null for none (a demo node on this machine needs none)
     */
    record RemoteImport(PrintWriter out, PrintWriter err, URI base, String token) {

        int run(FeedFormat format, Map<String, String> options, List<Path> files) throws IOException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (Path file : files) {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/transactions" + query(format, options)))
                        .header("Content-Type", contentType(format))
                        .POST(HttpRequest.BodyPublishers.ofFile(file));
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                try {
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    (response.statusCode() == 200 ? out : err).println(file + ": HTTP " + response.statusCode() + " " + response.body());
                    if (response.statusCode() != 200) {
                        return REFUSED;
                    }
                } catch (IOException unreachable) {
                    err.println("Cannot reach Sportello at " + base + ": " + unreachable.getMessage());
                    return ENVIRONMENT;
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return ENVIRONMENT;
                }
            }
            return 0;
        }

        private static String contentType(FeedFormat format) {
            return switch (format) {
                case JSON -> "application/json";
                case CSV -> "text/csv";
                case CAMT, CAMT053, CAMT054 -> "application/xml";
            };
        }

        private static String query(FeedFormat format, Map<String, String> options) {
            Map<String, String> parameters = new LinkedHashMap<>(options);
            if (format.isCamt()) {
                parameters.put("format", format.code());
            }
            StringBuilder query = new StringBuilder();
            parameters.forEach((key, value) -> query.append(query.length() == 0 ? '?' : '&')
                    .append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return query.toString();
        }
    }

    /** How a report reads on a terminal. */
    static final class ReportPrinter {

        static final int ITEMS_SHOWN_MAX = 50;

        private ReportPrinter() {
        }

        static void print(PrintWriter out, Path file, ImportReport report, long elapsedNanos, boolean json,
                          ConfigurableApplicationContext app) {
            if (json) {
                out.println(app.getBean(JsonMapper.class).writeValueAsString(report));
                return;
            }
            out.printf("%s (%s): %d booked, %d settled, %d duplicates, %d skipped in %.1f s%n", file, report.format(),
                    report.booked(), report.settled(), report.duplicates(), report.skipped(), elapsedNanos / 1e9);
            report.items().stream().limit(ITEMS_SHOWN_MAX).forEach(item -> out.printf("  %5d  %-24s %-9s %s%n",
                    item.index(), item.id() == null ? "-" : item.id(), item.status(),
                    item.note() != null ? item.note()
                            : "balance " + item.balanceAfter().value() + " " + item.balanceAfter().currency()));
            if (report.items().size() > ITEMS_SHOWN_MAX) {
                out.printf("  ... and %d more (use --json for all)%n", report.items().size() - ITEMS_SHOWN_MAX);
            }
        }

        static void refused(PrintWriter err, Path file, RequestRefused refused) {
            err.println(file + ": refused, nothing was booked: " + refused.detail());
            for (Violation violation : refused.violations().stream().limit(ITEMS_SHOWN_MAX).toList()) {
                err.println("  " + violation.pointer() + ": " + violation.detail());
            }
        }
    }
}
