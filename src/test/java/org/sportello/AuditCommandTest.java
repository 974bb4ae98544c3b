package org.sportello;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sportello.consent.AuditLog.Verification;
import org.sportello.consent.application.AuditTrail;
import org.sportello.consent.domain.audit.AuditChain;
import org.sportello.consent.domain.audit.AuditEntry;
import org.sportello.consent.domain.audit.AuditKind;
import org.sportello.consent.domain.audit.AuditRecord;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** `sportello audit verify` on a data directory. */
class AuditCommandTest {

    static final CustomerId GIULIA = new CustomerId("giulia.rossi");
    static final Instant MORNING = Instant.parse("2026-11-18T09:30:00Z");
    static final String RESTORE = ". Restore the audit table from backup and investigate who changed it.";

    private final Path dataDir = Path.of("target/test-data/audit-" + UUID.randomUUID()).toAbsolutePath();

    /** Three entries written by Sportello itself, then the database closed so the command can open it. */
    private List<AuditEntry> auditTrailOfThree() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SportelloApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off", "--sportello.data-dir=" + dataDir, "--sportello.demo.enabled=false",
                        "--sportello.demo.feed.enabled=false", "--logging.level.root=WARN")) {
            AuditTrail trail = app.getBean(AuditTrail.class);
            trail.recordAll(List.of(
                    new AuditRecord(AuditKind.LINK_AUTHORISED, "link-1", GIULIA, null, null, "bank", null, MORNING),
                    new AuditRecord(AuditKind.DATA_READ, "link-1", GIULIA, Scope.BALANCES, "answer", "chat:web", null,
                            MORNING.plusSeconds(60)),
                    new AuditRecord(AuditKind.LINK_REVOKED, "link-1", GIULIA, null, null, "chat:web", "CUSTOMER",
                            MORNING.plusSeconds(120))));
            return trail.entriesOf(GIULIA);
        }
    }

    private void changeDetail(long seq, String detail) throws SQLException {
        try (Connection database = DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/sportello;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "sa", "");
             PreparedStatement update = database.prepareStatement("UPDATE consent_audit SET detail = ? WHERE seq = ?")) {
            update.setString(1, detail);
            update.setLong(2, seq);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void reportsAnIntactChainThenTheEntryChangedBehindItsBack() throws SQLException {
        List<AuditEntry> entries = auditTrailOfThree();

        CommandLineRun intact = CommandLineRun.of("audit", "verify", "--data-dir", dataDir.toString());
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).isEqualTo("audit chain intact: 3 entries, 2026-11-18T09:30:00Z .. 2026-11-18T09:32:00Z, head "
                + entries.get(2).hash().substring(0, 4) + "…" + System.lineSeparator());

        AuditEntry second = entries.get(1);
        changeDetail(second.seq(), "nothing to see");
        String recomputed = AuditChain.hashOf(2, new AuditRecord(AuditKind.DATA_READ, "link-1", GIULIA, Scope.BALANCES, "answer",
                "chat:web", "nothing to see", MORNING.plusSeconds(60)), second.previousHash());

        CommandLineRun broken = CommandLineRun.of("audit", "verify", "--data-dir", dataDir.toString());
        assertThat(broken.exitCode()).isEqualTo(AuditCommand.BROKEN);
        assertThat(broken.out()).isEqualTo("audit chain broken at entry 2 (recorded 2026-11-18T09:31:00Z): stored hash "
                + second.hash().substring(0, 4) + "… does not match the recomputed " + recomputed.substring(0, 4)
                + "…: the entry was altered; entry 1 is intact" + RESTORE + System.lineSeparator());
    }

    @Test
    void refusesADirectoryWithoutADatabaseInsteadOfCallingItIntact() {
        CommandLineRun run = CommandLineRun.of("audit", "verify", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).isEqualTo(AuditCommand.ENVIRONMENT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Cannot open or read the database: Database \"" + dataDir + "/sportello\" not found")
                .endsWith(". Give its directory with --data-dir, and stop a Sportello running on it." + System.lineSeparator());
    }

    @Test
    void explainsItself() {
        CommandLineRun help = CommandLineRun.of("audit", "verify", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Recompute the audit trail's hash chain and report the first broken entry.")
                .contains("Usage: sportello audit verify [-hV] [--data-dir=DIR]")
                .contains("Exit codes: 0 intact, 1 broken, 2 usage, 3 cannot open or read the database.")
                .contains("sportello audit verify --data-dir /var/lib/sportello/data");
        CommandLineRun withoutSubcommand = CommandLineRun.of("audit");
        assertThat(withoutSubcommand.exitCode()).isEqualTo(2);
        assertThat(withoutSubcommand.err()).startsWith("Missing required subcommand");
    }

    @Test
    void summarisesEmptyAndBrokenChainsInWords() {
        String genesis = "0".repeat(64);

        assertThat(AuditCommand.intactLine(Verification.intact(0, null, null, genesis)))
                .isEqualTo("audit chain intact: 0 entries, head 0000…");
        assertThat(AuditCommand.intactLine(Verification.intact(12_345, MORNING, MORNING.plusSeconds(88_200), "3fa2" + genesis)))
                .isEqualTo("audit chain intact: 12,345 entries, 2026-11-18T09:30:00Z .. 2026-11-19T10:00:00Z, head 3fa2…");
        assertThat(AuditCommand.brokenLine(Verification.broken(1235, MORNING, "sequence jumps from 1233 to 1235: entry 1234 was deleted",
                1233, MORNING, MORNING, genesis)))
                .isEqualTo("audit chain broken at entry 1235 (recorded 2026-11-18T09:30:00Z): sequence jumps from 1233 to 1235: entry"
                        + " 1234 was deleted; entries 1..1233 are intact" + RESTORE);
        assertThat(AuditCommand.brokenLine(Verification.broken(3, null, "sequence starts at 3: entries 1..2 were deleted", 0, null, null,
                genesis)))
                .isEqualTo("audit chain broken at entry 3: sequence starts at 3: entries 1..2 were deleted; no entry before it is intact"
                        + RESTORE);
    }

    @Test
    void showsProgressAtMostOnceASecond() {
        StringWriter progressLines = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        AuditCommand.Progress progress = new AuditCommand.Progress(new PrintWriter(progressLines, true), nanos::get);

        progress.accept(10_000);
        nanos.set(1_000_000_000L);
        progress.accept(20_000);
        nanos.set(1_500_000_000L);
        progress.accept(30_000);
        nanos.set(2_000_000_000L);
        progress.accept(1_040_000);

        assertThat(progressLines.toString()).isEqualTo("verified 20,000 entries" + System.lineSeparator()
                + "verified 1,040,000 entries" + System.lineSeparator());
    }
}
