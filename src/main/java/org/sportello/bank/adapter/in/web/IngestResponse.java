package org.sportello.bank.adapter.in.web;

import java.util.List;
import org.sportello.bank.application.BookingResult.Booked;
import org.sportello.bank.application.BookingResult.ItemStatus;
import org.sportello.shared.Money;

/** The answer to a batch: how many were booked, how many were already there, and each item's fate. */
record IngestResponse(long booked, long duplicates, List<Item> items) {

    static IngestResponse of(Booked result) {
        return new IngestResponse(result.count(ItemStatus.BOOKED), result.count(ItemStatus.DUPLICATE),
                result.items().stream()
                        .map(item -> new Item(item.index(), item.bankReference(), item.status().name(), item.transactionId(),
                                Amount.of(item.balanceAfter())))
                        .toList());
    }

    /** @param status BOOKED (now) or DUPLICATE (booked before with the same content; nothing changed) */
    record Item(int index, String id, String status, String transactionId, Amount balanceAfter) {
    }

    record Amount(String value, String currency) {

        static Amount of(Money money) {
            return new Amount(money.toDecimalString(), money.currency().getCurrencyCode());
        }
    }
}
