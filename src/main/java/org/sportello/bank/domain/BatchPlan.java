package org.sportello.bank.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sportello.bank.TransactionStatus;
import org.sportello.shared.Iban;
import org.sportello.shared.Violation;

/**
 * Decides, without writing anything, what each item of a batch is: new, a harmless resend, a
 * pending transaction now booked, or refused (with the item and field at fault). Items are
 * decided in batch order, so the first of two equal references is the one that counts.
 */
public final class BatchPlan {

    /** Where violations point: the batch API's array of transactions. */
    public static final String ITEMS = "transactions";

    /** What becomes of one item. */
    public sealed interface Decision {
        /** Not known before: book it. */
        record Fresh(TransactionDraft draft, AccountHolding holding) implements Decision {
        }

        /** Known with the same content (or known as booked and resent as pending): nothing to do. */
        record Duplicate(KnownTransaction known) implements Decision {
        }

        /** The same reference earlier in this batch, same content: booked once, reported twice. */
        record RepeatInBatch(int firstIndex) implements Decision {
        }

        /** Known as pending, now booked: same transaction, the booked balance moves, no new notification. */
        record Settle(KnownTransaction known, TransactionDraft draft, AccountHolding holding) implements Decision {
        }

        /** Refused: the batch will not be booked. */
        record Refused() implements Decision {
        }
    }

    private final List<Decision> decisions;
    private final List<Violation> violations;

    private BatchPlan(List<Decision> decisions, List<Violation> violations) {
        this.decisions = List.copyOf(decisions);
        this.violations = List.copyOf(violations);
    }

    public static BatchPlan of(List<TransactionDraft> drafts, Map<Iban, AccountHolding> holdings,
                               Map<String, KnownTransaction> known) {
        Planner planner = new Planner(holdings, known);
        for (int index = 0; index < drafts.size(); index++) {
            planner.decide(index, drafts.get(index));
        }
        return new BatchPlan(planner.decisions, planner.violations);
    }

    public List<Decision> decisions() {
        return decisions;
    }

    public List<Violation> violations() {
        return violations;
    }

    public boolean isRefused() {
        return !violations.isEmpty();
    }

    private static final class Planner {
        private final Map<Iban, AccountHolding> holdings;
        private final Map<String, KnownTransaction> known;
        private final Map<String, Integer> firstIndex = new HashMap<>();
        private final List<TransactionDraft> seen = new ArrayList<>();
        private final List<Decision> decisions = new ArrayList<>();
        private final List<Violation> violations = new ArrayList<>();

        Planner(Map<Iban, AccountHolding> holdings, Map<String, KnownTransaction> known) {
            this.holdings = holdings;
            this.known = known;
        }

        void decide(int index, TransactionDraft draft) {
            seen.add(draft);
            AccountHolding holding = holdings.get(draft.account());
            Problem problem = problemWithAccount(draft, holding);
            if (problem != null) {
                refuse(index, draft, problem.field(), problem.detail());
                decisions.add(new Decision.Refused());
                return;
            }
            KnownTransaction previous = known.get(draft.bankReference());
            decisions.add(previous != null ? again(index, draft, holding, previous) : inBatch(index, draft, holding));
        }

        private static Problem problemWithAccount(TransactionDraft draft, AccountHolding holding) {
            if (holding == null) {
                return new Problem("account", "no account with IBAN " + draft.account().masked()
                        + " at this bank; check the IBAN or open the account first");
            }
            if (!holding.currency().equals(draft.amount().currency())) {
                return new Problem("currency", "currency " + draft.amount().currency() + " differs from the account's "
                        + holding.currency());
            }
            if (draft.cardLast4() != null && !holding.cardLast4s().contains(draft.cardLast4())) {
                return new Problem("card", "no card ending " + draft.cardLast4() + " on account " + draft.account().masked());
            }
            return null;
        }

        /** A reference booked before this batch. */
        private Decision again(int index, TransactionDraft draft, AccountHolding holding, KnownTransaction previous) {
            boolean sameMove = previous.accountId().equals(holding.accountId())
                    && previous.amountMinor() == draft.amount().minorUnits()
                    && previous.currency().equals(draft.amount().currency().getCurrencyCode());
            if (previous.fingerprint().equals(draft.fingerprint()) && previous.status() == draft.status()) {
                return new Decision.Duplicate(previous);
            }
            if (sameMove && previous.status() == TransactionStatus.PENDING && draft.status() == TransactionStatus.BOOKED) {
                return new Decision.Settle(previous, draft, holding);
            }
            if (sameMove && previous.status() == TransactionStatus.BOOKED && draft.status() == TransactionStatus.PENDING) {
                return new Decision.Duplicate(previous); // a late copy of the pending notice: already booked
            }
            if (previous.fingerprint().equals(draft.fingerprint())) {
                return new Decision.Duplicate(previous);
            }
            refuse(index, draft, "id", "transaction " + draft.bankReference()
                    + " was booked before with different content; a new transaction needs a new id");
            return new Decision.Refused();
        }

        /** A reference new to the books, perhaps repeated within the batch. */
        private Decision inBatch(int index, TransactionDraft draft, AccountHolding holding) {
            Integer first = firstIndex.putIfAbsent(draft.bankReference(), index);
            if (first == null) {
                return new Decision.Fresh(draft, holding);
            }
            TransactionDraft earlier = seen.get(first);
            if (earlier.fingerprint().equals(draft.fingerprint()) && earlier.status() == draft.status()) {
                return new Decision.RepeatInBatch(first);
            }
            refuse(index, draft, "id", "transaction " + draft.bankReference()
                    + " appears twice in this batch with different content (first at item " + first + ")");
            return new Decision.Refused();
        }

        private void refuse(int index, TransactionDraft draft, String field, String detail) {
            violations.add(Violation.ofItem(ITEMS, index, draft.bankReference(), field, detail));
        }
    }

    private record Problem(String field, String detail) {
    }
}
