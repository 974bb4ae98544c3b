package org.sportello.bank.adapter.in.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.shared.RequestRefused.Reason.INVALID;
import static org.sportello.shared.RequestRefused.Reason.MALFORMED;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sportello.shared.CardNumbers;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.RequestRefused.Reason;
import org.sportello.shared.Violation;

/**
 * Every file in src/test/resources/bank/camt/hostile, one attack or breakage each, and exactly
 * how it is refused (or, for the card-number files, read and masked).
 */
class CamtHostileCorpusTest {

    static final String DOCTYPE = "the DOCTYPE declaration ending here is refused: Sportello reads no DTD and expands"
            + " no entities; send the document without it";
    static final String ACCEPTED = "Sportello reads camt.053 and camt.054, versions 001.02 to 001.13 (namespace"
            + " urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN or urn:iso:std:iso:20022:tech:xsd:camt.054.001.NN)";
    static final String NTRY_1 = "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[1]";
    static final String USTRD_1 = NTRY_1 + "/NtryDtls[1]/TxDtls[1]/RmtInf/Ustrd[1]";
    static final String REF_1 = "20261118101431000042";

    /** How reading one corpus file ends. */
    sealed interface Outcome permits Refused, ReadMasked {

        String file();
    }

    /** Refused: the whole refusal's detail and its one violation. */
    record Refused(String file, Reason reason, String code, String detail, Violation violation) implements Outcome {

        @Override
        public String toString() {
            return file;
        }
    }

    /** Read, with the card number in the first entry reduced to its last four digits. */
    record ReadMasked(String file, String remittance, String cardLast4, String mcc) implements Outcome {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Outcome> outcomes() {
        return Stream.of(
                unsafe("xxe-system-file-etc-passwd.xml", 6, 4, "/", null, DOCTYPE),
                unsafe("xxe-system-http.xml", 6, 4, "/", null, DOCTYPE),
                unsafe("xxe-parameter-entity.xml", 7, 4, "/", null, DOCTYPE),
                unsafe("external-dtd.xml", 4, 81, "/", null, DOCTYPE),
                unsafe("billion-laughs.xml", 15, 4, "/", null, DOCTYPE),
                unsafe("quadratic-blowup.xml", 6, 4, "/", null, DOCTYPE),
                unsafe("xinclude.xml", 31, 116, NTRY_1 + "/NtryDtls[1]/TxDtls[1]/RmtInf/xi:include", "xi:include",
                        "XInclude <xi:include> is refused: Sportello never pulls other documents or files into a camt"
                                + " message"),
                unsafe("xsi-schema-location.xml", 6, 131, "/Document", "Document", "xsi:schemaLocation on <Document>"
                        + " is refused: Sportello never loads a schema a document points to; remove the attribute"),
                unsafe("entity-reference-without-dtd.xml", 31, 61, USTRD_1, "Ustrd", "the entity reference &nbsp; is"
                        + " refused: only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are"
                        + " allowed"),
                unsafe("deeply-nested.xml", 72, 181, "/Document/BkToCstmrDbtCdtNtfctn/SplmtryData/Envlp"
                        + "/Nest".repeat(29), "Nest", "<Nest> is nested 33 elements deep; the limit is 32"),
                unsafe("overlong-text.xml", 31, 28, USTRD_1, "Ustrd",
                        "the text of <Ustrd> is longer than 4096 characters, the limit"),
                unsafe("too-many-attributes.xml", 18, 80, NTRY_1 + "/Amt", "Amt",
                        "<Amt> has 9 attributes and namespace declarations; the limit is 8"),
                malformed("truncated.xml", 45, 19, "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[2]/NtryDtls[1]"
                        + "/TxDtls[1]", "TxDtls", "the document ends inside <TxDtls> (line 43): it was cut short"),
                malformed("two-roots.xml", 73, 2, "/", null,
                        "there is more after the root element ends; a document has exactly one root element"),
                malformed("latin1-bytes-declared-utf8.xml", 30, 43, NTRY_1 + "/NtryDtls[1]/TxDtls[1]/RltdPties/Cdtr/Pty"
                        + "/Nm", "Nm", "these bytes are not valid UTF-8, the encoding the XML declaration names; save"
                        + " the file as UTF-8 or declare the encoding it is really in"),
                malformed("utf16-declared-utf8-bytes.xml", 1, 1, "/", null, "the XML declaration names UTF-16 but the"
                        + " document is written one byte per character, as UTF-8 is; declare encoding=\"UTF-8\" or save"
                        + " the file as UTF-16"),
                unsupported("wrong-namespace-pain001.xml", 66, "the document is a pain.001.001.09 message"),
                unsupported("camt052-account-report.xml", 66, "the document is a camt.052.001.08 message"),
                unsupported("no-namespace.xml", 11, "the root element <Document> has no namespace"),
                invalid("entry-without-amount.xml", new Violation(NTRY_1 + "/Amt", "Amt", "line 17: Amt is required: the"
                        + " amount of the entry with its currency, such as <Amt Ccy=\"EUR\">42.50</Amt>", 0, REF_1)),
                invalid("amount-with-comma.xml", new Violation(NTRY_1 + "/Amt", "Amt", "line 18: amount '42,50' must be"
                        + " a decimal number with a dot, such as 42.50", 0, REF_1)),
                invalid("negative-amount.xml", new Violation(NTRY_1 + "/Amt", "Amt", "line 18: amount '-42.50' must be"
                        + " greater than zero; CdtDbtInd says whether money came in or went out", 0, REF_1)),
                invalid("three-decimals-eur.xml", new Violation(NTRY_1 + "/Amt", "Amt",
                        "line 18: amount 42.505 has 3 decimals; EUR has 2", 0, REF_1)),
                invalid("unknown-status-xxxx.xml", new Violation(NTRY_1 + "/Sts/Cd", "Cd", "line 20: status 'XXXX' is"
                        + " unknown; use BOOK (booked), PDNG (pending) or INFO (information only)", 0, REF_1)),
                invalid("booked-entry-without-acctsvcrref.xml", new Violation(NTRY_1 + "/AcctSvcrRef", "AcctSvcrRef",
                        "line 17: AcctSvcrRef is required for a booked entry: the bank's unique reference for it, which"
                                + " makes importing it twice harmless", 0, null)),
                invalid("account-othr-instead-of-iban.xml", new Violation("/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]"
                        + "/Acct/Id/Othr", "Othr", "line 14: the account is identified by Othr; Sportello needs the"
                        + " account's IBAN in Acct/Id/IBAN", null, null)),
                invalid("statement-closing-balance-mismatch.xml", new Violation("/Document/BkToCstmrStmt/Stmt[1]/Bal[2]",
                        "Bal", "line 26: closing balance CLBD 2708.50 EUR does not match opening OPBD 1500.00 EUR"
                        + " + entries 1207.50 EUR = 2707.50 EUR", null, null)),
                invalid("txssummry-count-mismatch.xml", new Violation("/Document/BkToCstmrStmt/Stmt[1]/TxsSummry"
                        + "/TtlNtries/NbOfNtries", "NbOfNtries", "line 33: TxsSummry says 4 entries but the statement"
                        + " holds 3", null, null)),
                new ReadMasked("pan-in-remittance.xml", "POS 18/11 10:14 CARTA •••• 4444 ESSELUNGA MCC 5411", "4444",
                        "5411"),
                new ReadMasked("pan-in-card-data.xml", "POS 18/11 10:14 ESSELUNGA", "4444", "5411"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outcomes")
    void eachFileEndsExactlyAsExpected(Outcome expected) {
        if (expected instanceof Refused refusal) {
            assertRefused(refusal);
        } else if (expected instanceof ReadMasked masked) {
            assertReadMasked(masked);
        }
    }

    @Test
    void everyFileInTheCorpusHasItsExpectedOutcomeHere() throws IOException, URISyntaxException {
        Path corpus = Path.of(CamtHostileCorpusTest.class.getResource("/bank/camt/hostile").toURI());
        Set<String> covered = outcomes().map(Outcome::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrderElementsOf(covered);
        }
    }

    private static void assertRefused(Refused expected) {
        RequestRefused refused = CamtFiles.refusalOf("hostile/" + expected.file());

        assertThat(refused.reason()).isEqualTo(expected.reason());
        assertThat(refused.code()).isEqualTo(expected.code());
        assertThat(refused.detail()).isEqualTo(expected.detail());
        assertThat(refused.violations()).containsExactly(expected.violation());
    }

    private static void assertReadMasked(ReadMasked expected) {
        CamtMessage message = CamtFiles.read("hostile/" + expected.file());
        CamtEntry entry = message.reports().get(0).entries().get(0);

        assertThat(entry.remittance()).isEqualTo(expected.remittance());
        assertThat(entry.cardLast4()).isEqualTo(expected.cardLast4());
        assertThat(entry.mcc()).isEqualTo(expected.mcc());
        assertThat(message.toString()).doesNotContain("5555");
        assertThat(CardNumbers.redact(message.toString()).changed()).as("a card number left in %s", message).isFalse();
    }

    private static Refused unsafe(String file, int line, int column, String pointer, String field, String what) {
        return single(file, MALFORMED, "unsafe-xml", line, column, pointer, field, what);
    }

    private static Refused malformed(String file, int line, int column, String pointer, String field, String what) {
        return single(file, MALFORMED, "malformed-xml", line, column, pointer, field, what);
    }

    private static Refused unsupported(String file, int column, String found) {
        return single(file, INVALID, "unsupported-document", 4, column, "/Document", "Document",
                found + "; " + ACCEPTED);
    }

    private static Refused single(String file, Reason reason, String code, int line, int column, String pointer,
                                  String field, String what) {
        return new Refused(file, reason, code, "line " + line + ", column " + column + ": " + what,
                new Violation(pointer, field, "line " + line + ": " + what, null, null));
    }

    private static Refused invalid(String file, Violation violation) {
        return new Refused(file, INVALID, "invalid-camt",
                "hostile/" + file + ": 1 problem found; the whole document is refused", violation);
    }
}
