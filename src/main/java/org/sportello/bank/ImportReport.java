package org.sportello.bank;

import java.util.List;

/**
 * What became of a feed: how many of its transactions were booked now, settled (pending before,
 * booked now), already there, or skipped as informational; and each item's fate, in feed order.
 */
public record ImportReport(String format, long booked, long settled, long duplicates, long skipped, List<Item> items) {

    public ImportReport {
        items = List.copyOf(items);
    }

    /**
     * @param index         position in the feed, from 0 (camt: entries across reports; CSV: data rows)
     * @param id            the bank's reference of the transaction
     * @param status        BOOKED, SETTLED, DUPLICATE or SKIPPED
     * @param transactionId Sportello's id, null when skipped
     * @param balanceAfter  available balance after it as a plain decimal, null when skipped
     * @param note          why an item was skipped, else null
     */
    public record Item(int index, String id, String status, String transactionId, String balanceAfter, String currency,
                       String note) {
    }
}
