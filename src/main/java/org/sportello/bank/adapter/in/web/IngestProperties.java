package org.sportello.bank.adapter.in.web;

import org.sportello.bank.application.BookTransactions;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the JSON batch API {@code POST /api/v1/transactions}.
 *
 * @param bodySizeMax   largest request body accepted; larger ones get 413 before they are parsed
 * @param batchItemsMax most transactions in one batch (at most 10,000)
 */
@ConfigurationProperties("sportello.ingest")
public record IngestProperties(
        @DefaultValue("16MB") DataSize bodySizeMax,
        @DefaultValue("10000") int batchItemsMax) {

    public IngestProperties {
        if (batchItemsMax < 1 || batchItemsMax > BookTransactions.ITEMS_MAX) {
            throw new IllegalArgumentException("sportello.ingest.batch-items-max must be 1 to "
                    + BookTransactions.ITEMS_MAX + ", got " + batchItemsMax);
        }
    }
}
