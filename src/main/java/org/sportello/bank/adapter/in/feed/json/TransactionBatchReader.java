package org.sportello.bank.adapter.in.feed.json;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sportello.bank.application.MerchantCategories;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.RequestRefused.Reason;
import org.sportello.shared.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Turns the JSON batch into transaction drafts, collecting every violation with the item and
 * field at fault instead of stopping at the first, so the bank can fix a batch in one round.
 */
public final class TransactionBatchReader {

    public static final String ARRAY = "transactions";
    static final Set<String> ITEM_FIELDS = Set.of("id", "account", "amount", "currency", "direction", "kind", "status",
            "bookedAt", "valueDate", "card", "merchant", "counterparty", "counterpartyIban", "description", "endToEndId",
            "originalAmount", "originalCurrency", "exchangeRate", "reversal", "reverses");
    static final Set<String> MERCHANT_FIELDS = Set.of("name", "mcc", "city", "latitude", "longitude");
    /** A booked transaction cannot be from the future; a day covers clock skew and time zones. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private final MerchantCategories categories;
    private final Clock clock;
    private final int itemsMax;

    public TransactionBatchReader(MerchantCategories categories, Clock clock, int itemsMax) {
        this.categories = categories;
        this.clock = clock;
        this.itemsMax = itemsMax;
    }

    public List<TransactionDraft> read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw refused("the body must be a JSON object with a \"transactions\" array", List.of());
        }
        List<Violation> violations = new ArrayList<>();
        for (String name : root.propertyNames()) {
            if (!name.equals(ARRAY)) {
                violations.add(Violation.ofField(name, "unknown field; the body has only \"transactions\""));
            }
        }
        JsonNode items = root.get(ARRAY);
        if (items == null || !items.isArray()) {
            violations.add(Violation.ofField(ARRAY, "required: an array of 1 to " + itemsMax + " transactions"));
            throw refused(violations.size() + " problem(s) in the request; nothing was booked", violations);
        }
        if (items.isEmpty() || items.size() > itemsMax) {
            violations.add(Violation.ofField(ARRAY, "must hold 1 to " + itemsMax + " transactions, got " + items.size()
                    + "; split larger batches"));
        }
        List<TransactionDraft> drafts = new ArrayList<>(items.size());
        for (int index = 0; index < items.size() && index < itemsMax; index++) {
            TransactionDraft draft = new TransactionItem(index, items.get(index), violations, categories, clock).read();
            if (draft != null) {
                drafts.add(draft);
            }
        }
        if (!violations.isEmpty()) {
            long itemsAtFault = violations.stream().map(Violation::item).filter(i -> i != null).distinct().count();
            throw refused(itemsAtFault + " of " + items.size() + " transactions are invalid; nothing was booked",
                    violations);
        }
        return drafts;
    }

    public static RequestRefused refused(String detail, List<Violation> violations) {
        return new RequestRefused(Reason.INVALID, "invalid-transactions", "Invalid transactions", detail, violations);
    }
}
