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
     * @param status        BOOKED (now), SETTLED (was pending, booked now), DUPLICATE (booked before with the same
     *                      content: nothing changed) or SKIPPED (informational, not booked: see note)
     * @param transactionId Sportello's id, null when skipped
     * @param balanceAfter  the account's available balance after it, null when skipped
     * @param note          why an item was skipped, else null
     */
    public record Item(int index, String id, String status, String transactionId, Amount balanceAfter, String note) {
    }

    /** A plain decimal and its currency, as APIs write money: {"value": "-42.50", "currency": "EUR"}. */
    public record Amount(String value, String currency) {
    }
}
