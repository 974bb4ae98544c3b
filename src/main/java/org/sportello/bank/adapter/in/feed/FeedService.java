package org.sportello.bank.adapter.in.feed;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sportello.bank.FeedFormat;
import org.sportello.bank.Feeds;
import org.sportello.bank.ImportReport;
import org.sportello.bank.adapter.in.feed.csv.CsvFeedReader;
import org.sportello.bank.adapter.in.feed.csv.CsvMapping;
import org.sportello.bank.adapter.in.feed.json.TransactionBatchReader;
import org.sportello.bank.application.BookTransactions;
import org.sportello.bank.application.BookingResult;
import org.sportello.bank.application.BookingResult.ItemOutcome;
import org.sportello.bank.application.MerchantCategories;
import org.sportello.bank.application.TransactionBooking;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.RequestRefused.Reason;
import org.sportello.shared.Violation;
import org.springframework.stereotype.Service;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every feed format through one path: read into drafts, book them in batches of at most
 * {@link BookTransactions#ITEMS_MAX}, report each item. A feed larger than one batch is checked
 * whole before its first batch is booked, so a refused feed writes nothing.
 */
@Service
class FeedService implements Feeds {

    private final TransactionBooking booking;
    private final TransactionBatchReader jsonItems;
    private final CsvFeedReader csv;
    private final CamtFeedReader camt;
    private final ObjectReader json;

    FeedService(TransactionBooking booking, MerchantCategories categories, Clock clock, JsonMapper mapper,
                CamtFeedReader camt, IngestProperties properties) {
        this.booking = booking;
        this.jsonItems = new TransactionBatchReader(categories, clock, properties.batchItemsMax());
        this.csv = new CsvFeedReader(new TransactionBatchReader(categories, clock, BookTransactions.ITEMS_MAX));
        this.camt = camt;
        // Amounts as exact decimals; a repeated field or trailing garbage is an error, not a guess.
        this.json = mapper.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public ImportReport importFeed(FeedFormat format, InputStream content, String source, Map<String, String> options) {
        List<FeedEntry> entries = read(format, content, source, options);
        List<FeedEntry> toBook = entries.stream().filter(entry -> !entry.isSkipped()).toList();
        if (toBook.size() > BookTransactions.ITEMS_MAX) {
            forEachBatch(toBook, (offset, batch) -> refuseIfInvalid(booking.check(batch), toBook, offset));
        }
        List<ItemOutcome> outcomes = new ArrayList<>(toBook.size());
        forEachBatch(toBook, (offset, batch) -> {
            BookingResult result = booking.book(batch);
            refuseIfInvalid(result, toBook, offset);
            outcomes.addAll(((BookingResult.Booked) result).items());
        });
        return report(format, entries, outcomes);
    }

    private List<FeedEntry> read(FeedFormat format, InputStream content, String source, Map<String, String> options) {
        return switch (format) {
            case JSON -> numbered(jsonItems.read(json.readTree(content)));
            case CSV -> csv.read(content, source, CsvMapping.of(options));
            case CAMT, CAMT053, CAMT054 -> camt.read(content, source, format);
        };
    }

    /** JSON items are named by their position alone. */
    private static List<FeedEntry> numbered(List<TransactionDraft> drafts) {
        List<FeedEntry> entries = new ArrayList<>(drafts.size());
        for (int index = 0; index < drafts.size(); index++) {
            entries.add(FeedEntry.of(index, null, drafts.get(index)));
        }
        return entries;
    }

    private interface BatchAction {
        void apply(int offset, BookTransactions batch);
    }

    private static void forEachBatch(List<FeedEntry> entries, BatchAction action) {
        for (int offset = 0; offset < entries.size(); offset += BookTransactions.ITEMS_MAX) {
            List<TransactionDraft> drafts = entries.subList(offset, Math.min(entries.size(), offset + BookTransactions.ITEMS_MAX))
                    .stream().map(FeedEntry::draft).toList();
            action.apply(offset, new BookTransactions(drafts));
        }
    }

    /** Booking's violations name batch positions; the feed's reader knows where each one is in the file. */
    private static void refuseIfInvalid(BookingResult result, List<FeedEntry> toBook, int offset) {
        if (result instanceof BookingResult.Refused refused) {
            List<Violation> located = refused.violations().stream().map(violation -> {
                FeedEntry entry = toBook.get(offset + violation.item());
                return new Violation(violation.pointer().replaceFirst("/transactions/\\d+", "/transactions/" + entry.index()),
                        violation.field(), entry.location() == null ? violation.detail() : entry.location() + ": " + violation.detail(),
                        entry.index(), violation.itemId());
            }).toList();
            throw new RequestRefused(Reason.INVALID, "invalid-transactions", "Invalid transactions",
                    located.size() + " of " + toBook.size() + " transactions cannot be booked; nothing was booked", located);
        }
    }

    private static ImportReport report(FeedFormat format, List<FeedEntry> entries, List<ItemOutcome> outcomes) {
        List<ImportReport.Item> items = new ArrayList<>(entries.size());
        Map<String, Long> counts = new HashMap<>();
        int next = 0;
        for (FeedEntry entry : entries) {
            if (entry.isSkipped()) {
                counts.merge("SKIPPED", 1L, Long::sum);
                items.add(new ImportReport.Item(entry.index(), null, "SKIPPED", null, null, entry.skipReason()));
                continue;
            }
            ItemOutcome outcome = outcomes.get(next++);
            counts.merge(outcome.status().name(), 1L, Long::sum);
            items.add(new ImportReport.Item(entry.index(), outcome.bankReference(), outcome.status().name(),
                    outcome.transactionId(), new ImportReport.Amount(outcome.balanceAfter().toDecimalString(),
                    outcome.balanceAfter().currency().getCurrencyCode()), null));
        }
        return new ImportReport(format.code(), counts.getOrDefault("BOOKED", 0L), counts.getOrDefault("SETTLED", 0L),
                counts.getOrDefault("DUPLICATE", 0L), counts.getOrDefault("SKIPPED", 0L), items);
    }
}
