package org.sportello.fraud.adapter.in.sparkov;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sportello.fraud.FraudFileRefused;
import org.sportello.fraud.LabelledPayment;

/**
 * Reads a Sparkov CSV file, plain or gzip (told apart by its first two bytes, not its name), into
 * labelled payments in time order. The first row that cannot be read stops it with a message naming
 * the file, the line and the field.
 */
public final class SparkovReader {

    public static final int PROGRESS_ROWS = 10_000;
    /** Ten million rows is about 3 GB in memory: beyond that, split the file. */
    static final int ROWS_MAX = 10_000_000;
    static final int GZIP_MAGIC_1 = 0x1f;
    static final int GZIP_MAGIC_2 = 0x8b;

    private SparkovReader() {
    }

    public static List<LabelledPayment> read(Path file, LongConsumer rowsRead) {
        List<LabelledPayment> payments = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader text = open(file); CSVParser parser = format.parse(text)) {
            SparkovRows rows = SparkovRows.of(file, parser.getHeaderNames());
            for (CSVRecord record : parser) {
                if (payments.size() == ROWS_MAX) {
                    throw new FraudFileRefused(file + " has more than " + ROWS_MAX + " rows: split it, by card or by time");
                }
                payments.add(rows.payment(record, parser.getCurrentLineNumber()));
                if (payments.size() % PROGRESS_ROWS == 0) {
                    rowsRead.accept(payments.size());
                }
            }
        } catch (NoSuchFileException missing) {
            throw new FraudFileRefused(file + ": no such file; give the path of a Sparkov CSV file, plain or .gz", missing);
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            throw unreadable(file, unreadable);
        }
        if (payments.isEmpty()) {
            throw new FraudFileRefused(file + " has no rows after its header: give a file with payments");
        }
        // Sparkov writes each customer's payments together; replaying needs them in the order they happened.
        payments.sort(Comparator.comparing(payment -> payment.payment().at()));
        return payments;
    }

    /** commons-csv hands reading errors on wrapped in unchecked exceptions: say what the cause was. */
    private static FraudFileRefused unreadable(Path file, Exception unreadable) {
        Throwable cause = unreadable.getCause() instanceof IOException io ? io : unreadable;
        if (cause instanceof CharacterCodingException) {
            return new FraudFileRefused(file + ": bytes that are not UTF-8; save the file as UTF-8", unreadable);
        }
        return new FraudFileRefused(file + ": cannot be read as CSV (" + cause.getMessage()
                + "); give a Sparkov CSV file, plain or gzip-compressed", unreadable);
    }

    /** The file's text, uncompressed if it starts as gzip does; bytes that are not UTF-8 are an error, not a guess. */
    private static Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        boolean gzip = in.read() == GZIP_MAGIC_1 && in.read() == GZIP_MAGIC_2;
        in.reset();
        InputStream content = gzip ? new GZIPInputStream(in) : in;
        return new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
