package org.sportello.bank.adapter.in.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.bank.adapter.in.camt.CamtXml.aNotification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sportello.bank.adapter.in.camt.CamtXml.Ntry;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Violation;

/** Each limit holds at its edge and refuses just past it; encodings are honoured as declared. */
class CamtReaderLimitsTest {

    static final String NTFCTN = "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn";

    @Test
    void refusesOneEntryMoreThanTheLimit() {
        CamtXml document = aNotification();
        for (int i = 0; i <= CamtReader.ENTRIES_PER_DOCUMENT_MAX; i++) {
            document.entry(Ntry.debit("1.00").reference("R" + i));
        }

        RequestRefused refused = CamtFiles.refusalOf(document.bytes(), "many.xml");

        // Entries take four lines each from line 8, so entry 10,001 starts on line 40,008.
        assertThat(refused.code()).isEqualTo("unsafe-xml");
        assertThat(refused.detail()).isEqualTo("line 40008, column 7: the document holds more than 10000 entries"
                + " (<Ntry>), the limit; split it into several documents");
        assertThat(refused.violations()).extracting(Violation::pointer).containsExactly(NTFCTN + "[1]/Ntry[10001]");
    }

    @Test
    void readsExactlyAsManyEntriesAsTheLimit() {
        CamtXml document = aNotification();
        for (int i = 0; i < CamtReader.ENTRIES_PER_DOCUMENT_MAX; i++) {
            document.entry(Ntry.debit("1.00").reference("R" + i));
        }

        assertThat(CamtFiles.read(document.bytes(), "limit.xml").reports().get(0).entries())
                .hasSize(CamtReader.ENTRIES_PER_DOCUMENT_MAX);
    }

    @Test
    void refusesOneReportMoreThanTheLimit() {
        CamtXml document = aNotification().reports(CamtReader.REPORTS_PER_DOCUMENT_MAX + 1);

        RequestRefused refused = CamtFiles.refusalOf(document.bytes(), "reports.xml");

        // Reports without entries take four lines each (Ntfctn, Id, Acct, end tag) from line 5.
        assertThat(refused.detail()).isEqualTo("line 4005, column 9: the document holds more than 1000 <Ntfctn>"
                + " reports, the limit; split it into several documents");
        assertThat(refused.violations()).extracting(Violation::pointer).containsExactly(NTFCTN + "[1001]");
    }

    @Test
    void stopsReadingOnceTheDocumentIsLargerThanTheLimit() {
        // A comment that never ends: nothing but size can stop it.
        String start = "<?xml version=\"1.0\"?><Document xmlns=\"" + aNotification().namespace() + "\"><!--";
        CountingStream endless = new CountingStream(start.getBytes(StandardCharsets.US_ASCII));

        RequestRefused refused = CamtFiles.refusalOf(endless, "endless.xml");

        assertThat(refused.code()).isEqualTo("unsafe-xml");
        assertThat(refused.violations()).containsExactly(new Violation("/Document", "Document", "line 1: the document"
                + " is larger than 33554432 bytes, the limit; split it into several documents", null, null));
        assertThat(endless.served).isLessThanOrEqualTo(CamtReader.DOCUMENT_BYTES_MAX + 16_384);
    }

    @Test
    void readsTextUpToTheLimitAndRefusesOneCharacterMore() {
        String atLimit = "A".repeat(CamtReader.TEXT_CHARS_MAX);

        CamtEntry entry = CamtFiles.read(aNotification().entry(Ntry.debit("1.00").reference("R1").remittance(atLimit))
                .bytes(), "text.xml").reports().get(0).entries().get(0);
        RequestRefused refused = CamtFiles.refusalOf(aNotification().entry(Ntry.debit("1.00").reference("R1")
                .remittance(atLimit + "A")).bytes(), "text.xml");

        assertThat(entry.remittance()).hasSize(CamtReader.TEXT_CHARS_MAX);
        assertThat(refused.detail()).isEqualTo("line 10, column 34: the text of <Ustrd> is longer than 4096 characters,"
                + " the limit");
    }

    @Test
    void listsTheFirstHundredViolationsAndCountsThemAll() {
        CamtXml document = aNotification();
        for (int i = 0; i < 150; i++) {
            document.entry(Ntry.debit("1,00").reference("R" + i));
        }

        RequestRefused refused = CamtFiles.refusalOf(document.bytes(), "commas.xml");

        assertThat(refused.detail()).isEqualTo("commas.xml: 150 problems found, the first 100 listed; the whole document"
                + " is refused");
        assertThat(refused.violations()).hasSize(CamtReader.VIOLATIONS_MAX);
    }

    @Test
    void readsUtf16WithAByteOrderMarkAndLatin1WhenDeclared() {
        String xml = aNotification().entry(Ntry.debit("3.20").reference("R1").counterparty("CAFFÈ ROMA", null)).xml();
        byte[] utf16 = xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16);
        byte[] latin1 = xml.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(CamtFiles.read(utf16, "utf16.xml").reports().get(0).entries().get(0).counterpartyName())
                .isEqualTo("CAFFÈ ROMA");
        assertThat(CamtFiles.read(latin1, "latin1.xml").reports().get(0).entries().get(0).counterpartyName())
                .isEqualTo("CAFFÈ ROMA");
    }

    @Test
    void refusesAnEncodingItDoesNotAcceptAndAnEmptyDocument() {
        byte[] utf7 = aNotification().xml().replace("encoding=\"UTF-8\"", "encoding=\"UTF-7\"")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(CamtFiles.refusalOf(utf7, "utf7.xml").detail()).isEqualTo("line 1, column 1: encoding 'UTF-7' is not"
                + " accepted; use UTF-8 (also accepted: UTF-16BE, UTF-16LE, ISO-8859-1, ISO-8859-15, US-ASCII,"
                + " windows-1252)");
        assertThat(CamtFiles.refusalOf(new byte[0], "empty.xml").detail())
                .isEqualTo("line 1, column 1: the document ends before its root element");
    }

    /** The bytes of {@code start}, then an endless run of spaces; counts what it served. */
    private static final class CountingStream extends InputStream {

        private final InputStream start;
        private long served;

        CountingStream(byte[] start) {
            this.start = new SequenceInputStream(new ByteArrayInputStream(start), InputStream.nullInputStream());
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = start.read(buffer, offset, length);
            if (count < 0) {
                Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                count = length;
            }
            served += count;
            return count;
        }
    }
}
