package org.sportello.bank.adapter.in.feed;

import org.sportello.bank.domain.TransactionDraft;

/**
 * One transaction of a feed as read: where it is in the feed (for messages: "line 12",
 * "Ntry at line 40"), and either the draft to book or why it is skipped.
 */
public record FeedEntry(int index, String location, TransactionDraft draft, String skipReason) {

    public static FeedEntry of(int index, String location, TransactionDraft draft) {
        return new FeedEntry(index, location, draft, null);
    }

    public static FeedEntry skipped(int index, String location, String reason) {
        return new FeedEntry(index, location, null, reason);
    }

    public boolean isSkipped() {
        return draft == null;
    }
}
