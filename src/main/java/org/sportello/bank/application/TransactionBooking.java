package org.sportello.bank.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sportello.bank.TransactionBooked;
import org.sportello.bank.application.BookingResult.Booked;
import org.sportello.bank.application.BookingResult.ItemOutcome;
import org.sportello.bank.application.BookingResult.ItemStatus;
import org.sportello.bank.application.BookingResult.Refused;
import org.sportello.bank.application.TransactionStore.StoredReference;
import org.sportello.bank.domain.AccountHolding;
import org.sportello.bank.domain.BookedTransaction;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import org.sportello.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books batches of bank transactions: checks every item against the accounts and what is already
 * booked, then updates balances, writes the transactions and publishes {@link TransactionBooked}
 * for each, all in one database transaction.
 */
@Service
public class TransactionBooking {

    /** Where violations point: the JSON batch API's array of transactions. */
    static final String ITEMS = "transactions";

    private final AccountStore accounts;
    private final TransactionStore transactions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate database;
    private final Clock clock;
    private final IdGenerator ids;
    private final Counter bookedCounter;
    private final Counter duplicateCounter;
    private final Counter refusedCounter;
    private final Timer batchTimer;

    TransactionBooking(AccountStore accounts, TransactionStore transactions, ApplicationEventPublisher events,
                       TransactionTemplate database, Clock clock, IdGenerator ids, MeterRegistry meters) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.events = events;
        this.database = database;
        this.clock = clock;
        this.ids = ids;
        this.bookedCounter = meters.counter("sportello.bank.transactions", "outcome", "booked");
        this.duplicateCounter = meters.counter("sportello.bank.transactions", "outcome", "duplicate");
        this.refusedCounter = meters.counter("sportello.bank.transactions", "outcome", "refused");
        this.batchTimer = meters.timer("sportello.bank.booking.batch");
    }

    public BookingResult book(BookTransactions command) {
        BookingResult result = batchTimer.record(() -> bookWithRetry(command));
        if (result instanceof Booked booked) {
            bookedCounter.increment(booked.count(ItemStatus.BOOKED));
            duplicateCounter.increment(booked.count(ItemStatus.DUPLICATE));
        } else {
            refusedCounter.increment(command.transactions().size());
        }
        return result;
    }

    private BookingResult bookWithRetry(BookTransactions command) {
        try {
            return database.execute(status -> bookOnce(command));
        } catch (DuplicateKeyException race) {
            // Another request booked one of these references between our check and our insert;
            // the second pass sees it and answers DUPLICATE (or refuses a conflicting resend).
            return database.execute(status -> bookOnce(command));
        }
    }

    private BookingResult bookOnce(BookTransactions command) {
        List<TransactionDraft> drafts = command.transactions();
        Set<Iban> ibans = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        for (TransactionDraft draft : drafts) {
            ibans.add(draft.account());
            references.add(draft.bankReference());
        }
        Map<Iban, AccountHolding> holdings = accounts.holdingsByIban(ibans);
        Map<String, StoredReference> stored = transactions.findByReferences(references);

        Plan plan = plan(drafts, holdings, stored);
        if (!plan.violations.isEmpty()) {
            return new Refused(plan.violations);
        }
        Instant now = clock.instant();
        Map<String, Money> runningBalance = openingBalances(plan.fresh, holdings);
        List<BookedTransaction> booked = new ArrayList<>(plan.fresh.size());
        Map<String, BookedTransaction> bookedByReference = new HashMap<>();
        for (TransactionDraft draft : plan.fresh) {
            AccountHolding holding = holdings.get(draft.account());
            Money balance = runningBalance.merge(holding.accountId(), draft.amount(), Money::plus);
            BookedTransaction transaction = new BookedTransaction(ids.newId(), draft, holding.accountId(), balance,
                    draft.fingerprint(), now);
            booked.add(transaction);
            bookedByReference.put(draft.bankReference(), transaction);
        }
        transactions.insertAll(booked);
        for (BookedTransaction transaction : booked) {
            events.publishEvent(toEvent(transaction, holdings.get(transaction.draft().account())));
        }
        return new Booked(outcomes(drafts, plan, stored, bookedByReference));
    }

    /** Sorts the batch into new items, duplicates and violations, without writing anything. */
    private Plan plan(List<TransactionDraft> drafts, Map<Iban, AccountHolding> holdings, Map<String, StoredReference> stored) {
        Plan plan = new Plan();
        Map<String, Integer> firstIndexOfReference = new HashMap<>();
        for (int index = 0; index < drafts.size(); index++) {
            TransactionDraft draft = drafts.get(index);
            String reference = draft.bankReference();
            AccountHolding holding = holdings.get(draft.account());
            if (holding == null) {
                plan.refuse(index, reference, "account", "no account with IBAN " + draft.account().masked()
                        + " at this bank; check the IBAN or open the account first");
                continue;
            }
            if (!holding.currency().equals(draft.amount().currency())) {
                plan.refuse(index, reference, "currency", "currency " + draft.amount().currency()
                        + " differs from the account's " + holding.currency());
                continue;
            }
            if (draft.cardLast4() != null && !holding.cardLast4s().contains(draft.cardLast4())) {
                plan.refuse(index, reference, "card", "no card ending " + draft.cardLast4() + " on account "
                        + draft.account().masked());
                continue;
            }
            String fingerprint = draft.fingerprint();
            StoredReference previous = stored.get(reference);
            if (previous != null) {
                if (!previous.fingerprint().equals(fingerprint)) {
                    plan.refuse(index, reference, "id", "transaction " + reference
                            + " was booked before with different content; a new transaction needs a new id");
                }
                continue;
            }
            Integer first = firstIndexOfReference.putIfAbsent(reference, index);
            if (first == null) {
                plan.fresh.add(draft);
            } else if (!drafts.get(first).fingerprint().equals(fingerprint)) {
                plan.refuse(index, reference, "id", "transaction " + reference
                        + " appears twice in this batch with different content (first at item " + first + ")");
            }
        }
        return plan;
    }

    /**
     * Applies each account's total change at once and derives the balance before the batch, so
     * that each transaction can carry the balance it leaves. Accounts are locked in id order so
     * that concurrent batches cannot deadlock.
     */
    private Map<String, Money> openingBalances(List<TransactionDraft> fresh, Map<Iban, AccountHolding> holdings) {
        Map<String, Money> deltas = new TreeMap<>();
        for (TransactionDraft draft : fresh) {
            deltas.merge(holdings.get(draft.account()).accountId(), draft.amount(), Money::plus);
        }
        Map<String, Money> opening = new HashMap<>();
        deltas.forEach((accountId, delta) -> opening.put(accountId, accounts.addToBalance(accountId, delta).minus(delta)));
        return opening;
    }

    private static List<ItemOutcome> outcomes(List<TransactionDraft> drafts, Plan plan,
                                              Map<String, StoredReference> stored,
                                              Map<String, BookedTransaction> bookedNow) {
        List<ItemOutcome> outcomes = new ArrayList<>(drafts.size());
        Set<String> reported = new HashSet<>();
        for (int index = 0; index < drafts.size(); index++) {
            String reference = drafts.get(index).bankReference();
            BookedTransaction now = bookedNow.get(reference);
            if (now != null && reported.add(reference)) {
                outcomes.add(new ItemOutcome(index, reference, ItemStatus.BOOKED, now.id(), now.balanceAfter()));
            } else if (now != null) {
                outcomes.add(new ItemOutcome(index, reference, ItemStatus.DUPLICATE, now.id(), now.balanceAfter()));
            } else {
                StoredReference before = stored.get(reference);
                outcomes.add(new ItemOutcome(index, reference, ItemStatus.DUPLICATE, before.transactionId(), before.balanceAfter()));
            }
        }
        return outcomes;
    }

    private static TransactionBooked toEvent(BookedTransaction transaction, AccountHolding holding) {
        TransactionDraft draft = transaction.draft();
        String merchantName = draft.merchant() != null ? draft.merchant().name() : draft.counterparty();
        return new TransactionBooked(transaction.id(), draft.bankReference(), holding.customer(), holding.accountId(),
                holding.iban().masked(), draft.kind(), draft.amount(), draft.bookedAt(), merchantName,
                draft.merchant() == null ? null : draft.merchant().mcc(),
                draft.merchant() == null ? null : draft.merchant().city(),
                draft.cardLast4(), transaction.balanceAfter());
    }

    private static final class Plan {
        final List<TransactionDraft> fresh = new ArrayList<>();
        final List<Violation> violations = new ArrayList<>();

        void refuse(int index, String reference, String field, String detail) {
            violations.add(Violation.ofItem(ITEMS, index, reference, field, detail));
        }
    }
}
