package org.sportello.fraud.adapter.in.sparkov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.fraud.CardTransaction;
import org.sportello.fraud.FraudFileRefused;
import org.sportello.fraud.LabelledPayment;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Money;

/** Sparkov files, plain or gzip, become payments in time order; a bad row is named by file, line and field. */
class SparkovReaderTest {

    static final String HEADER = "cc_num,first,unix_time,category,amt,is_fraud,merchant,merch_lat,merch_long,lat,long\n";
    static final String LATER = "4111,Ann,1672531500,shopping_net,120.50,1,fraud_Kub PLC,40.5,-74.1,40.7,-74.0\n";
    static final String EARLIER = "4111,Ann,1672531306,grocery_pos,12.00,0,\"fraud_Raynor, Reinger\",40.6,-74.2,40.7,-74.0\n";

    @TempDir
    Path directory;

    @Test
    void readsEachRowAsALabelledPaymentInTimeOrder() throws IOException {
        List<LabelledPayment> payments = SparkovReader.read(plain("two.csv", HEADER + LATER + EARLIER), rows -> { });

        assertThat(payments).containsExactly(
                new LabelledPayment(new CardTransaction("4111", Money.ofMinor(1200, "USD"), Instant.ofEpochSecond(1672531306),
                        ZoneOffset.UTC, "grocery_pos", null, "Raynor, Reinger", true, new GeoPoint(40.6, -74.2),
                        new GeoPoint(40.7, -74.0)), false),
                new LabelledPayment(new CardTransaction("4111", Money.ofMinor(12050, "USD"), Instant.ofEpochSecond(1672531500),
                        ZoneOffset.UTC, "shopping_net", null, "Kub PLC", false, new GeoPoint(40.5, -74.1),
                        new GeoPoint(40.7, -74.0)), true));
    }

    @Test
    void readsGzipByItsFirstBytesWhateverTheName() throws IOException {
        Path plain = plain("two.csv", HEADER + LATER + EARLIER);
        Path compressed = directory.resolve("two.data");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(compressed))) {
            out.write(Files.readAllBytes(plain));
        }

        assertThat(SparkovReader.read(compressed, rows -> { })).isEqualTo(SparkovReader.read(plain, rows -> { }));
    }

    @Test
    void saysHowManyRowsItHasReadEveryTenThousand() throws IOException {
        StringBuilder content = new StringBuilder(HEADER);
        for (int i = 0; i < 25_000; i++) {
            content.append(EARLIER);
        }
        List<Long> progress = new ArrayList<>();

        assertThat(SparkovReader.read(plain("many.csv", content.toString()), progress::add)).hasSize(25_000);
        assertThat(progress).containsExactly(10_000L, 20_000L);
    }

    @Test
    void anAmountThatIsNotANumberIsRefusedWithFileLineAndField() throws IOException {
        Path file = plain("bad.csv", HEADER + EARLIER + LATER.replace("120.50", "12O.50"));

        assertThatThrownBy(() -> SparkovReader.read(file, rows -> { })).isInstanceOf(FraudFileRefused.class)
                .hasMessage(file + " line 3, field amt: '12O.50' is not a number; write the amount in dollars as 12.34,"
                        + " or delete the line");
    }

    @Test
    void eachFieldIsChecked() throws IOException {
        assertRefused(LATER.replace("120.50", "-3.00"), "line 2, field amt: '-3.00' is not a payment's amount; write a positive"
                + " amount in dollars with at most two decimals, such as 12.34, or delete the line");
        assertRefused(LATER.replace("120.50", "1.005"), "line 2, field amt: '1.005' is not a payment's amount; write a positive"
                + " amount in dollars with at most two decimals, such as 12.34, or delete the line");
        assertRefused(LATER.replace(",1,fraud_", ",yes,fraud_"),
                "line 2, field is_fraud: 'yes' is neither 0 nor 1; write 1 for a fraudulent payment, 0 for a genuine one");
        assertRefused(LATER.replace("1672531500", "2023-01-01"),
                "line 2, field unix_time: '2023-01-01' is not a whole number of seconds; write the Unix time, such as 1672531306");
        assertRefused(LATER.replace("40.5,-74.1", "91.0,-74.1"),
                "line 2, field merch_lat: '91.0' is not a coordinate; write decimal degrees from -90 to 90");
        assertRefused(LATER.replace("shopping_net", ""), "line 2, field category: is empty; fill it in, or delete the line");
    }

    @Test
    void aHeaderWithoutAColumnIsRefusedNamingIt() throws IOException {
        Path file = plain("header.csv", HEADER.replace(",amt,", ",amount,") + LATER);

        assertThatThrownBy(() -> SparkovReader.read(file, rows -> { })).hasMessage(file + " line 1: no column 'amt' in the"
                + " header; a Sparkov file has cc_num,unix_time,category,amt,is_fraud,merchant,merch_lat,merch_long,lat,long"
                + " among its columns");
    }

    @Test
    void aMissingOrEmptyFileIsRefused() throws IOException {
        Path missing = directory.resolve("missing.csv");
        Path empty = plain("empty.csv", HEADER);

        assertThatThrownBy(() -> SparkovReader.read(missing, rows -> { }))
                .hasMessage(missing + ": no such file; give the path of a Sparkov CSV file, plain or .gz");
        assertThatThrownBy(() -> SparkovReader.read(empty, rows -> { }))
                .hasMessage(empty + " has no rows after its header: give a file with payments");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        Path file = directory.resolve("latin1.csv");
        Files.write(file, (HEADER + LATER.replace("Kub PLC", "Kub Caf\u00e9")).getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> SparkovReader.read(file, rows -> { }))
                .hasMessage(file + ": bytes that are not UTF-8; save the file as UTF-8");
    }

    @Test
    void aFileThatIsNotCsvIsRefused() throws IOException {
        Path file = plain("quoted.csv", HEADER + "4111,\"Ann,1672531500\n");

        assertThatThrownBy(() -> SparkovReader.read(file, rows -> { })).isInstanceOf(FraudFileRefused.class)
                .hasMessageStartingWith(file + ": cannot be read as CSV (");
    }

    private void assertRefused(String row, String message) throws IOException {
        Path file = plain("row.csv", HEADER + row);
        assertThatThrownBy(() -> SparkovReader.read(file, rows -> { })).isInstanceOf(FraudFileRefused.class)
                .hasMessage(file + " " + message);
    }

    private Path plain(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }
}
