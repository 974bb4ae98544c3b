package org.sportello.bank.application;

import java.util.List;
import org.sportello.shared.Money;
import org.sportello.shared.Violation;

/** What became of a batch: booked (each item new or a harmless duplicate), or refused as a whole. */
public sealed interface BookingResult {

    /** Every item is on the books; nothing was booked twice. */
    record Booked(List<ItemOutcome> items) implements BookingResult {

        public Booked {
            items = List.copyOf(items);
        }

        public long count(ItemStatus status) {
            return items.stream().filter(item -> item.status() == status).count();
        }
    }

    /** Nothing was written; each violation names the item and field at fault. */
    record Refused(List<Violation> violations) implements BookingResult {

        public Refused {
            violations = List.copyOf(violations);
        }
    }

    enum ItemStatus {
        /** Booked now. */
        BOOKED,
        /** Was pending, is now booked: the same transaction, the booked balance moved. */
        SETTLED,
        /** Booked before, with the same content: nothing changed. */
        DUPLICATE
    }

    /** One item of the batch: its position, the bank's reference, and where it stands. */
    record ItemOutcome(int index, String bankReference, ItemStatus status, String transactionId, Money balanceAfter) {
    }
}
