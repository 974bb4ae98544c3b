package org.sportello.bank.adapter.in.web;

import java.util.List;
import org.sportello.bank.ImportReport;

/**
 * The answer to a feed: how many transactions were booked, settled (pending before, booked
 * now), already there, or skipped, and each item's fate in feed order.
 */
record IngestResponse(String format, long booked, long settled, long duplicates, long skipped, List<Item> items) {

    static IngestResponse of(ImportReport report) {
        return new IngestResponse(report.format(), report.booked(), report.settled(), report.duplicates(), report.skipped(),
                report.items().stream()
                        .map(item -> new Item(item.index(), item.id(), item.status(), item.transactionId(),
                                item.balanceAfter() == null ? null : new Amount(item.balanceAfter(), item.currency()), item.note()))
                        .toList());
    }

    /**
     * @param status BOOKED (now), SETTLED (was pending, booked now), DUPLICATE (booked before with the same
     *               content: nothing changed) or SKIPPED (informational, not booked; see note)
     */
    record Item(int index, String id, String status, String transactionId, Amount balanceAfter, String note) {
    }

    record Amount(String value, String currency) {
    }
}
