package org.sportello.bank.adapter.in.feed;

import java.time.ZoneId;
import org.sportello.bank.application.BookTransactions;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of feed ingestion ({@code POST /api/v1/transactions} and {@code sportello import}).
 *
 * @param bodySizeMax   largest request body accepted; larger ones get 413 before they are parsed
 * @param batchItemsMax most transactions in one JSON batch (at most 10,000); CSV and camt files may hold
 *                      more and are booked in batches of 10,000 after the whole file is checked
 * @param timeZone      the bank's time zone, for feeds that give a booking date without a time (camt BookgDt/Dt)
 */
@ConfigurationProperties("sportello.ingest")
public record IngestProperties(
        @DefaultValue("16MB") DataSize bodySizeMax,
        @DefaultValue("10000") int batchItemsMax,
        @DefaultValue("Europe/Rome") ZoneId timeZone) {

    public IngestProperties {
        if (batchItemsMax < 1 || batchItemsMax > BookTransactions.ITEMS_MAX) {
            throw new IllegalArgumentException("sportello.ingest.batch-items-max must be 1 to "
                    + BookTransactions.ITEMS_MAX + ", got " + batchItemsMax);
        }
    }
}
