package org.sportello;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.sportello.consent.AuditLog;
import org.sportello.consent.AuditLog.Verification;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Operators' work on the audit trail of consent events and data accesses. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        header = "Check the audit trail of consent events and data accesses.",
        description = "The audit trail is append-only and hash-chained: each entry's hash covers the entry and the hash of"
                + " the entry before it, so an entry changed, removed or reordered in the database breaks the chain there.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    static final int BROKEN = 1;
    static final int ENVIRONMENT = 3;

    @Command(name = "verify",
            mixinStandardHelpOptions = true,
            header = "Recompute the audit trail's hash chain and report the first broken entry.",
            description = {
                    "Reads every entry from the first to the head, in pages, and recomputes its SHA-256 hash: a sequence"
                            + " number missing, a previous hash that is not the hash of the entry before, or a stored hash"
                            + " that is not the recomputed one breaks the chain. It also checks that the chain reaches the"
                            + " head row, which records the last entry, so that entries removed from the end are noticed.",
                    "",
                    "It opens the database itself, without the web server: stop a Sportello running on the"
                            + " same embedded data first. On PostgreSQL, set SPRING_PROFILES_ACTIVE=postgres and SPORTELLO_DB_URL,"
                            + " SPORTELLO_DB_USER, SPORTELLO_DB_PASSWORD as for serving.",
                    "",
                    "Progress goes to standard error every second, the verdict to standard output.",
                    "Exit codes: 0 intact, 1 broken, 2 usage, 3 cannot open or read the database.",
                    ""},
            footer = {"", "Examples:",
                    "  sportello audit verify",
                    "  sportello audit verify --data-dir /var/lib/sportello/data",
                    "  export SPRING_PROFILES_ACTIVE=postgres",
                    "  export SPORTELLO_DB_URL=jdbc:postgresql://db.example/sportello",
                    "  sportello audit verify"})
    static final class Verify implements Callable<Integer> {

        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
                description = "the embedded database's directory (default: ./data)")
        Path dataDirectory;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (ConfigurableApplicationContext app = startApplication()) {
                Verification verification = app.getBean(AuditLog.class).verify(new Progress(err, System::nanoTime));
                out.println(verification.intact() ? intactLine(verification) : brokenLine(verification));
                out.flush();
                return verification.intact() ? 0 : BROKEN;
            } catch (BeanCreationException | IllegalStateException | DataAccessException cannotRead) {
                err.println("Cannot open or read the database: " + firstLine(NestedExceptionUtils.getMostSpecificCause(cannotRead))
                        + ". Give its directory with --data-dir, and stop a Sportello running on it.");
                return ENVIRONMENT;
            }
        }

        private ConfigurableApplicationContext startApplication() {
            // IFEXISTS: a mistyped --data-dir must fail, not verify a new, empty and so "intact" database.
            return new SpringApplicationBuilder(SportelloApplication.class).web(WebApplicationType.NONE).run(
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.sportello=WARN",
                    "--logging.level.org.flywaydb=ERROR",
                    "--sportello.demo.enabled=false", "--sportello.demo.feed.enabled=false",
                    "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                    "--spring.datasource.hikari.data-source-properties.IFEXISTS=TRUE",
                    "--sportello.data-dir=" + dataDirectory.toAbsolutePath().normalize());
        }

        private static String firstLine(Throwable cause) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return message.lines().findFirst().orElse(message);
        }
    }

    static String intactLine(Verification verification) {
        String span = verification.entries() == 0 ? ""
                : ", " + verification.firstRecordedAt() + " .. " + verification.lastRecordedAt();
        return String.format(Locale.ENGLISH, "audit chain intact: %,d entries%s, head %s", verification.entries(), span,
                AuditLog.shown(verification.headHash()));
    }

    static String brokenLine(Verification verification) {
        long intact = verification.entries();
        return "audit chain broken at entry " + verification.brokenAt()
                + (verification.brokenRecordedAt() == null ? "" : " (recorded " + verification.brokenRecordedAt() + ")")
                + ": " + verification.reason() + "; "
                + (intact == 0 ? "no entry before it is intact" : intact == 1 ? "entry 1 is intact" : "entries 1.." + intact + " are intact")
                + ". Restore the audit table from backup and investigate who changed it.";
    }

    /** Says on standard error how far the check has come, at most once a second. */
    static final class Progress implements LongConsumer {

        static final Duration INTERVAL = Duration.ofSeconds(1);

        private final PrintWriter err;
        private final LongSupplier nanoTime;
        private long lastShownNanos;

        Progress(PrintWriter err, LongSupplier nanoTime) {
            this.err = err;
            this.nanoTime = nanoTime;
            this.lastShownNanos = nanoTime.getAsLong();
        }

        @Override
        public void accept(long entries) {
            long now = nanoTime.getAsLong();
            if (now - lastShownNanos >= INTERVAL.toNanos()) {
                err.printf(Locale.ENGLISH, "verified %,d entries%n", entries);
                err.flush();
                lastShownNanos = now;
            }
        }
    }
}
