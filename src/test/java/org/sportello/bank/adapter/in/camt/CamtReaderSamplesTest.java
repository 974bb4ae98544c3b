package org.sportello.bank.adapter.in.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sportello.bank.adapter.in.camt.ExpectedEntry.aCredit;
import static org.sportello.bank.adapter.in.camt.ExpectedEntry.aDebit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sportello.bank.adapter.in.camt.CamtEntry.Status;
import org.sportello.shared.Iban;

/** The two shared samples read to exactly the records a booking needs, field by field. */
class CamtReaderSamplesTest {

    static final String NOTIFICATION = "samples/camt054_card_payment_pending_reversal.xml";
    static final String STATEMENT = "samples/camt053_daily_statement.xml";
    static final String IBAN = "IT60X0542811101000000123456";
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void readsTheNotificationSampleToItsThreeEntries() {
        CamtMessage message = CamtFiles.read(NOTIFICATION);

        CamtReport report = message.reports().get(0);
        assertThat(report.entries()).containsExactly(
                aDebit("42.50").at(17, 0).bookedAt("2026-11-18T10:14:31+01:00").valued("2026-11-18")
                        .reference("20261118101431000042").code("PMNT/CCRD/POSD")
                        .counterparty("ESSELUNGA MILANO VIALE PIAVE")
                        .remittance("POS 18/11 10:14 CARTA *4821 ESSELUNGA MCC 5411").card("4821").mcc("5411").build(),
                aDebit("18.90").at(35, 1).status(Status.PENDING).bookedAt("2026-11-18T10:20:02+01:00")
                        .reference("20261118102002000043").code("PMNT/CCRD/POSD").counterparty("AMZN Mktp IT*2K4LK")
                        .remittance("ECOM 18/11 CARTA *4821 AMAZON MCC 5942").card("4821").mcc("5942").build(),
                aCredit("64.80").at(51, 2).reversing("20261110153000000031").bookedOn("2026-11-18")
                        .valued("2026-11-18").reference("20261118000000000044").code("PMNT/CCRD/RPCR")
                        .endToEnd("ORD-20261110-12").counterparty("ZALANDO SE")
                        .remittance("STORNO ACQUISTO 10/11 CARTA *4821 ORIG REF 20261110153000000031").card("4821")
                        .build());
        assertThat(message).isEqualTo(new CamtMessage(CamtMessage.Kind.NOTIFICATION_054, "camt.054.001.08",
                "NTF-20261118-0001", Instant.parse("2026-11-18T09:15:00Z"), List.of(new CamtReport(
                "NTF-20261118-0001-1", 10, IBAN, "EUR", null, List.of(), report.entries(),
                null, null, null, null, null))));
    }

    @Test
    void readsTheStatementSampleWithBalancesSummaryAndThreeEntries() {
        CamtMessage message = CamtFiles.read(STATEMENT);

        CamtReport report = message.reports().get(0);
        assertThat(report.entries()).containsExactly(
                aCredit("2100.00").at(37, 0).bookedOn("2026-11-17").valued("2026-11-17")
                        .reference("20261117000000000011").code("PMNT/RCDT/SALA").endToEnd("STIP-NOV-2026-0042")
                        .counterparty("ACME ITALIA SRL", "IT42L1234512345123456789012")
                        .remittance("STIPENDIO NOVEMBRE 2026").purpose("SALA").build(),
                aDebit("850.00").at(59, 1).bookedOn("2026-11-17").valued("2026-11-17")
                        .reference("20261117000000000012").code("PMNT/ICDT/STDO").endToEnd("AFFITTO-NOV-2026")
                        .counterparty("MARIO BIANCHI", "IT07X0542811101000000654321")
                        .remittance("AFFITTO NOVEMBRE VIA PADOVA 12").build(),
                aDebit("42.50").at(80, 2).bookedOn("2026-11-17").valued("2026-11-17")
                        .reference("20261117000000000013").code("PMNT/CCRD/POSD").counterparty("ENI STATION 4471 MILANO")
                        .remittance("POS 17/11 CARTA *4821 ENI MCC 5541").card("4821").mcc("5541").build());
        assertThat(message).isEqualTo(new CamtMessage(CamtMessage.Kind.STATEMENT_053, "camt.053.001.08",
                "STMT-20261117-0001", Instant.parse("2026-11-18T05:00:00Z"), List.of(new CamtReport(
                "STMT-20261117-IT60X0542811101000000123456", 10, IBAN, "EUR", "GIULIA ROSSI", List.of(
                new CamtBalance("OPBD", new BigDecimal("1500.00"), "EUR", true, LocalDate.parse("2026-11-17")),
                new CamtBalance("CLBD", new BigDecimal("2707.50"), "EUR", true, LocalDate.parse("2026-11-17"))),
                report.entries(), 3, 1, new BigDecimal("2100.00"), 2, new BigDecimal("892.50")))));
    }

    @Test
    void bookedAtKeepsTheBanksTimeAndPutsABareDateAtTheStartOfTheBanksDay() {
        List<CamtEntry> notified = CamtFiles.read(NOTIFICATION).reports().get(0).entries();

        assertThat(notified.get(0).bookedAt(ROME)).isEqualTo(OffsetDateTime.parse("2026-11-18T10:14:31+01:00"));
        assertThat(notified.get(2).bookedAt(ROME)).isEqualTo(OffsetDateTime.parse("2026-11-18T00:00+01:00"));
        assertThat(notified.get(2).bookedAt(ZoneId.of("UTC"))).isEqualTo(OffsetDateTime.parse("2026-11-18T00:00Z"));
    }

    @Test
    void everySampleIbanPassesTheMod97Check() {
        // The samples' README promises this; the reader refuses IBANs that fail it.
        assertThat(List.of(IBAN, "IT42L1234512345123456789012", "IT07X0542811101000000654321"))
                .allMatch(Iban::isValid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"camt053_daily_statement.xml", "camt054_card_payment_pending_reversal.xml"})
    void testCopiesMatchTheSharedSamples(String name) throws IOException {
        // The originals live outside the repository; where they are at hand, the copies must not drift.
        Path shared = Path.of("..", "shared", "protocols", "camt", name);
        assumeTrue(Files.exists(shared), "shared samples not available here");
        assertThat(CamtFiles.bytes("samples/" + name)).isEqualTo(Files.readAllBytes(shared));
    }
}
