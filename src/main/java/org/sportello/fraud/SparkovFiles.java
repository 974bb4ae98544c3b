package org.sportello.fraud;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.sportello.fraud.adapter.in.sparkov.SparkovReader;

/**
 * Files of labelled card payments written by the Sparkov generator (namebrandon/Sparkov_Data_Generation),
 * plain or gzip-compressed: what {@code sportello fraud eval} measures the scorer on.
 */
public final class SparkovFiles {

    /** Rows between two calls of the progress callback. */
    public static final int PROGRESS_ROWS = SparkovReader.PROGRESS_ROWS;

    private SparkovFiles() {
    }

    /**
     * Every row of the file as a labelled payment, in time order (rows of the same second in file
     * order).
     *
     * @param rowsRead called with the rows read so far every {@link #PROGRESS_ROWS} rows
     * @throws FraudFileRefused naming file, line and field when a row cannot be read
     */
    public static List<LabelledPayment> read(Path file, LongConsumer rowsRead) {
        return SparkovReader.read(file, rowsRead);
    }
}
