package org.sportello.bank.adapter.in.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.bank.adapter.in.camt.CamtXml.aNotification;
import static org.sportello.bank.adapter.in.camt.CamtXml.aStatement;
import static org.sportello.bank.adapter.in.camt.ExpectedEntry.aCredit;
import static org.sportello.bank.adapter.in.camt.ExpectedEntry.aDebit;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sportello.bank.adapter.in.camt.CamtEntry.Status;
import org.sportello.bank.adapter.in.camt.CamtXml.Ntry;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Violation;

/** The rules a well-formed camt document must keep, and the versions and shapes it may come in. */
class CamtReaderRulesTest {

    static final String NTRY = "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry";
    static final String STMT = "/Document/BkToCstmrStmt/Stmt[1]";
    static final String PARTNER_IBAN = "IT07X0542811101000000654321";

    @Test
    void reportsEveryViolationOfADocumentAtOnceNamingEntryAndReference() {
        CamtXml document = aNotification()
                .entry(Ntry.debit("12.345").reference("R1"))
                .entry(Ntry.credit("10.00").status("PDNG"))
                .entry(Ntry.debit("5.00").reference("R1"))
                .entry(Ntry.debit("7.00").reference("R4").bookedAt("2026-11-18T10:00:00"));

        RequestRefused refused = CamtFiles.refusalOf(document.bytes(), "four-problems.xml");

        assertThat(refused.code()).isEqualTo("invalid-camt");
        assertThat(refused.detail()).isEqualTo("four-problems.xml: 4 problems found; the whole document is refused");
        assertThat(refused.violations()).containsExactly(
                new Violation(NTRY + "[1]/Amt", "Amt", "line 9: amount 12.345 has 3 decimals; EUR has 2", 0, "R1"),
                new Violation(NTRY + "[2]/AcctSvcrRef", "AcctSvcrRef", "line 12: AcctSvcrRef is required for a pending"
                        + " entry: the bank's unique reference for it, which makes importing it twice harmless", 1, null),
                new Violation(NTRY + "[3]/AcctSvcrRef", "AcctSvcrRef", "line 17: AcctSvcrRef 'R1' is already used by the"
                        + " entry on line 8; each entry needs its own reference", 2, "R1"),
                new Violation(NTRY + "[4]/BookgDt/DtTm", "DtTm", "line 21: '2026-11-18T10:00:00' is not an ISO 8601"
                        + " date-time with a UTC offset, such as 2026-11-18T10:14:31+01:00", 3, "R4"));
    }

    @Test
    void readsVersion02WithPlainStatusTextAndPartyNamesWithoutPty() {
        CamtXml document = aNotification().version(2).entry(Ntry.debit("850.00").reference("R1").valued("2026-11-18")
                .endToEnd("AFFITTO-NOV").counterparty("MARIO BIANCHI", PARTNER_IBAN).remittance("AFFITTO", "NOVEMBRE"));

        CamtMessage message = CamtFiles.read(document.bytes(), "v02.xml");

        assertThat(message.version()).isEqualTo("camt.054.001.02");
        assertThat(message.reports().get(0).entries()).containsExactly(aDebit("850.00").at(8, 0).bookedOn("2026-11-18")
                .valued("2026-11-18").reference("R1").code("PMNT/CCRD/POSD").endToEnd("AFFITTO-NOV")
                .counterparty("MARIO BIANCHI", PARTNER_IBAN).remittance("AFFITTO NOVEMBRE").build());
    }

    static Stream<Integer> versions() {
        return IntStream.rangeClosed(CamtSchema.VERSION_MIN, CamtSchema.VERSION_MAX).boxed();
    }

    @ParameterizedTest
    @MethodSource("versions")
    void readsStatementsAndNotificationsOfEveryVersionFrom02To13(int version) {
        Ntry entry = Ntry.credit("10.00").reference("R1");
        CamtXml statement = aStatement().version(version).balance("OPBD", "0.00", "CRDT")
                .balance("CLBD", "10.00", "CRDT").entry(entry);

        assertThat(CamtFiles.read(statement.bytes(), "s.xml").version())
                .isEqualTo("camt.053.001." + String.format("%02d", version));
        assertThat(CamtFiles.read(aNotification().version(version).entry(entry).bytes(), "n.xml").version())
                .isEqualTo("camt.054.001." + String.format("%02d", version));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 14})
    void refusesVersionsOutsideTheRangeSayingWhichAreRead(int version) {
        RequestRefused refused = CamtFiles.refusalOf(aNotification().version(version).bytes(), "old.xml");

        assertThat(refused.code()).isEqualTo("unsupported-document");
        assertThat(refused.detail()).isEqualTo("line 2, column 66: the document is a camt.054.001."
                + String.format("%02d", version) + " message; " + CamtHostileCorpusTest.ACCEPTED);
    }

    @Test
    void readsTheForeignAmountAndExchangeRateOfACardPaymentAbroad() {
        CamtXml document = aNotification().entry(Ntry.debit("46.05").reference("R1").details("<AmtDtls>"
                + "<InstdAmt><Amt Ccy=\"USD\">50.00</Amt></InstdAmt>"
                + "<TxAmt><Amt Ccy=\"EUR\">46.05</Amt><CcyXchg><SrcCcy>USD</SrcCcy><TrgtCcy>EUR</TrgtCcy>"
                + "<XchgRate>0.9210</XchgRate></CcyXchg></TxAmt></AmtDtls>"));

        CamtEntry entry = CamtFiles.read(document.bytes(), "fx.xml").reports().get(0).entries().get(0);

        assertThat(entry).isEqualTo(aDebit("46.05").at(8, 0).bookedOn("2026-11-18").reference("R1")
                .code("PMNT/CCRD/POSD").originally("50.00", "USD", "0.9210").build());
    }

    @Test
    void anInstructedAmountInTheEntrysOwnCurrencyIsNotForeign() {
        CamtXml document = aNotification().entry(Ntry.debit("46.05").reference("R1")
                .details("<AmtDtls><InstdAmt><Amt Ccy=\"EUR\">46.05</Amt></InstdAmt></AmtDtls>"));

        CamtEntry entry = CamtFiles.read(document.bytes(), "eur.xml").reports().get(0).entries().get(0);

        assertThat(entry.originalAmount()).isNull();
        assertThat(entry.originalCurrency()).isNull();
    }

    @Test
    void readsInformationEntriesWithoutReferenceProprietaryCodesAndItalianReversalReferences() {
        CamtXml document = aNotification()
                .entry(Ntry.credit("1.00").status("INFO").code("<Prtry><Cd>NTRF+020</Cd></Prtry>"))
                .entry(Ntry.credit("19.90").reversal().reference("R2").remittance("STORNO ORIG. RIF. ABC-123."));

        CamtMessage message = CamtFiles.read(document.bytes(), "info.xml");

        assertThat(message.reports().get(0).entries()).containsExactly(
                aCredit("1.00").at(8, 0).status(Status.INFO).bookedOn("2026-11-18").code("NTRF+020").build(),
                aCredit("19.90").at(12, 1).reversing("ABC-123").bookedOn("2026-11-18").reference("R2")
                        .code("PMNT/CCRD/POSD").remittance("STORNO ORIG. RIF. ABC-123.").build());
    }

    @Test
    void pendingAndInformationEntriesDoNotMoveTheBookedBalanceAndPrcdOpensWhenOpbdIsMissing() {
        CamtXml statement = aStatement().balance("PRCD", "100.00", "DBIT").balance("CLBD", "50.00", "CRDT")
                .entry(Ntry.credit("150.00").reference("R1"))
                .entry(Ntry.debit("30.00").status("PDNG").reference("R2"))
                .entry(Ntry.debit("20.00").status("INFO"));

        CamtReport report = CamtFiles.read(statement.bytes(), "prcd.xml").reports().get(0);

        assertThat(report.entries()).extracting(CamtEntry::status)
                .containsExactly(Status.BOOKED, Status.PENDING, Status.INFO);
    }

    @Test
    void aStatementThatDoesNotAddUpNamesBothBalancesAndTheSum() {
        CamtXml statement = aStatement().balance("OPBD", "100.00", "DBIT").balance("CLBD", "40.00", "CRDT")
                .entry(Ntry.credit("150.00").reference("R1")).entry(Ntry.debit("20.00").reference("R2"));

        RequestRefused refused = CamtFiles.refusalOf(statement.bytes(), "sum.xml");

        assertThat(refused.violations()).containsExactly(new Violation(STMT + "/Bal[2]", "Bal", "line 9: closing"
                + " balance CLBD 40.00 EUR does not match opening OPBD -100.00 EUR + entries 130.00 EUR = 30.00 EUR",
                null, null));
    }

    @Test
    void aStatementNeedsAnOpeningAndAClosingBookedBalance() {
        RequestRefused refused = CamtFiles.refusalOf(aStatement().balance("ITBD", "1.00", "CRDT").bytes(), "bal.xml");

        assertThat(refused.violations()).containsExactly(
                new Violation(STMT + "/Bal", "Bal", "line 5: a statement needs an opening booked balance, OPBD (or"
                        + " PRCD), to check its entries against; it has none", null, null),
                new Violation(STMT + "/Bal", "Bal", "line 5: a statement needs a closing booked balance, CLBD, to check"
                        + " its entries against; it has none", null, null));
    }

    @Test
    void checksTheSummarySumsAgainstTheEntries() {
        CamtXml statement = aStatement().balance("OPBD", "0.00", "CRDT").balance("CLBD", "10.00", "CRDT")
                .summary("<TtlCdtNtries><NbOfNtries>1</NbOfNtries><Sum>11.00</Sum></TtlCdtNtries>")
                .entry(Ntry.credit("10.00").reference("R1"));

        RequestRefused refused = CamtFiles.refusalOf(statement.bytes(), "summary.xml");

        assertThat(refused.violations()).containsExactly(new Violation(STMT + "/TxsSummry/TtlCdtNtries/Sum", "Sum",
                "line 10: TxsSummry says the credit entries add up to 11.00 but they add up to 10.00", null, null));
    }

    @Test
    void anEntryIsInTheAccountsCurrency() {
        CamtXml document = aNotification().entry(Ntry.debit("50.00").currency("USD").reference("R1"));

        RequestRefused refused = CamtFiles.refusalOf(document.bytes(), "usd.xml");

        assertThat(refused.violations()).containsExactly(new Violation(NTRY + "[1]/Amt", "Amt", "line 8: the entry is"
                + " in USD but the account is in EUR; Ntry/Amt is in the account's currency and a foreign amount goes"
                + " in AmtDtls", 0, "R1"));
    }

    @Test
    void aCardNumberEchoedInARefusalIsMasked() {
        CamtXml document = aNotification().entry(Ntry.debit("4111111111111111").reference("R1"));

        RequestRefused refused = CamtFiles.refusalOf(document.bytes(), "pan.xml");

        assertThat(refused.violations()).extracting(Violation::detail).containsExactly(
                "line 9: amount •••• 1111 is larger than 1000000000000, the most Sportello accepts");
    }
}
