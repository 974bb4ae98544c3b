package org.sportello.bank.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sportello.bank.TransactionBooked;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.bank.TransactionsBooked;
import org.sportello.bank.application.BookingResult.Booked;
import org.sportello.bank.application.BookingResult.ItemOutcome;
import org.sportello.bank.application.BookingResult.ItemStatus;
import org.sportello.bank.application.BookingResult.Refused;
import org.sportello.bank.application.TransactionStore.Settlement;
import org.sportello.bank.domain.AccountHolding;
import org.sportello.bank.domain.BatchPlan;
import org.sportello.bank.domain.BatchPlan.Decision;
import org.sportello.bank.domain.BookedTransaction;
import org.sportello.bank.domain.KnownTransaction;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.bank.domain.category.CategoryAssignment;
import org.sportello.bank.domain.category.CategoryOverrides;
import org.sportello.shared.CustomerId;
import org.sportello.shared.IdGenerator;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books batches of bank transactions: plans every item against the accounts and what is already
 * booked, then moves balances, writes new transactions, settles pending ones and publishes one
 * {@link TransactionsBooked} for the batch, all in one database transaction.
 */
@Service
public class TransactionBooking {

    /** Violations that a cached account (no card yet, no account yet) could cause. */
    static final Set<String> ACCOUNT_FIELDS = Set.of("account", "card", "currency");
    /** How far back a refund without a reference looks for the payment it refunds. */
    static final Duration REFUND_LOOKBACK = Duration.ofDays(120);

    private final AccountStore accounts;
    private final HoldingsCache holdings;
    private final TransactionStore transactions;
    private final Categorisation categorisation;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate database;
    private final Clock clock;
    private final IdGenerator ids;
    private final Counter bookedCounter;
    private final Counter settledCounter;
    private final Counter duplicateCounter;
    private final Counter refusedCounter;
    private final Timer batchTimer;

    TransactionBooking(AccountStore accounts, HoldingsCache holdings, TransactionStore transactions,
                       Categorisation categorisation, ApplicationEventPublisher events, TransactionTemplate database,
                       Clock clock, IdGenerator ids, MeterRegistry meters) {
        this.categorisation = categorisation;
        this.accounts = accounts;
        this.holdings = holdings;
        this.transactions = transactions;
        this.events = events;
        this.database = database;
        this.clock = clock;
        this.ids = ids;
        this.bookedCounter = meters.counter("sportello.bank.transactions", "outcome", "booked");
        this.settledCounter = meters.counter("sportello.bank.transactions", "outcome", "settled");
        this.duplicateCounter = meters.counter("sportello.bank.transactions", "outcome", "duplicate");
        this.refusedCounter = meters.counter("sportello.bank.transactions", "outcome", "refused");
        this.batchTimer = meters.timer("sportello.bank.booking.batch");
    }

    public BookingResult book(BookTransactions command) {
        BookingResult result = batchTimer.record(() -> bookWithRetry(command));
        if (result instanceof Booked booked) {
            bookedCounter.increment(booked.count(ItemStatus.BOOKED));
            settledCounter.increment(booked.count(ItemStatus.SETTLED));
            duplicateCounter.increment(booked.count(ItemStatus.DUPLICATE));
        } else {
            refusedCounter.increment(command.transactions().size());
        }
        return result;
    }

    /**
     * A dry run: plans the batch against the books as they are now and returns Refused with every
     * violation, or Booked with no items when it would book. Writes nothing.
     */
    public BookingResult check(BookTransactions command) {
        return database.execute(status -> {
            status.setRollbackOnly();
            BatchPlan plan = plan(command.transactions()).plan();
            return plan.isRefused() ? new Refused(plan.violations()) : new Booked(List.of());
        });
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
        Planned planned = plan(command.transactions());
        if (planned.plan().isRefused()) {
            return new Refused(planned.plan().violations());
        }
        return apply(command.transactions(), planned.plan(), planned.known());
    }

    private record Planned(BatchPlan plan, Map<String, KnownTransaction> known) {
    }

    private Planned plan(List<TransactionDraft> drafts) {
        Set<Iban> ibans = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        for (TransactionDraft draft : drafts) {
            ibans.add(draft.account());
            references.add(draft.bankReference());
            if (draft.details().reversedReference() != null) {
                references.add(draft.details().reversedReference());
            }
        }
        Map<String, KnownTransaction> known = transactions.findByReferences(references);
        BatchPlan plan = BatchPlan.of(drafts, holdings.get(ibans), known);
        if (plan.isRefused() && plan.violations().stream().anyMatch(v -> ACCOUNT_FIELDS.contains(v.field()))) {
            plan = BatchPlan.of(drafts, holdings.reload(ibans), known); // never refuse on a stale cached account
        }
        return new Planned(plan, known);
    }

    private Booked apply(List<TransactionDraft> drafts, BatchPlan plan, Map<String, KnownTransaction> known) {
        Instant now = clock.instant();
        CategoryOverrides chosen = categorisation.overridesFor(customersOf(plan));
        Map<String, Money> available = moveBalances(plan);
        List<BookedTransaction> booked = new ArrayList<>();
        List<Settlement> settled = new ArrayList<>();
        List<TransactionBooked> announced = new ArrayList<>();
        Map<String, BookedTransaction> bookedByReference = new HashMap<>();
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (Decision decision : plan.decisions()) {
            int index = outcomes.size();
            if (decision instanceof Decision.Fresh fresh) {
                TransactionDraft draft = fresh.draft();
                Money after = available.merge(fresh.holding().accountId(), draft.amount(), Money::plus);
                CategoryAssignment category = categorisation.categorise(draft, fresh.holding().customer(), chosen);
                BookedTransaction transaction = new BookedTransaction(ids.newId(), draft, fresh.holding().accountId(), after,
                        draft.fingerprint(), now, originalOf(draft, fresh.holding(), known, bookedByReference),
                        category.category().code(), category.category().primaryCode(), category.merchant());
                booked.add(transaction);
                bookedByReference.put(draft.bankReference(), transaction);
                announced.add(announcement(transaction, fresh.holding()));
                outcomes.add(new ItemOutcome(index, draft.bankReference(), ItemStatus.BOOKED, transaction.id(), after));
            } else if (decision instanceof Decision.Settle settle) {
                settled.add(new Settlement(settle.known().transactionId(), settle.draft(), settle.draft().fingerprint()));
                outcomes.add(new ItemOutcome(index, settle.draft().bankReference(), ItemStatus.SETTLED,
                        settle.known().transactionId(), available.get(settle.holding().accountId())));
            } else if (decision instanceof Decision.Duplicate duplicate) {
                outcomes.add(new ItemOutcome(index, drafts.get(index).bankReference(), ItemStatus.DUPLICATE,
                        duplicate.known().transactionId(), Money.ofMinor(duplicate.known().balanceAfterMinor(), duplicate.known().currency())));
            } else if (decision instanceof Decision.RepeatInBatch repeat) {
                ItemOutcome first = outcomes.get(repeat.firstIndex());
                outcomes.add(new ItemOutcome(index, first.bankReference(), ItemStatus.DUPLICATE, first.transactionId(),
                        first.balanceAfter()));
            }
        }
        transactions.insertAll(booked);
        transactions.settleAll(settled);
        if (!announced.isEmpty()) {
            events.publishEvent(new TransactionsBooked(announced));
        }
        return new Booked(outcomes);
    }

    /**
     * Applies each account's total change at once and returns the available balance before the
     * batch, so that each new transaction can carry the balance it leaves. Accounts are locked in
     * id order so that concurrent batches cannot deadlock.
     */
    private Map<String, Money> moveBalances(BatchPlan plan) {
        SortedMap<String, AccountStore.Balances> changes = new TreeMap<>();
        for (Decision decision : plan.decisions()) {
            if (decision instanceof Decision.Fresh fresh) {
                Money amount = fresh.draft().amount();
                boolean booked = fresh.draft().status() == TransactionStatus.BOOKED;
                change(changes, fresh.holding().accountId(), booked ? amount : zero(amount), booked ? zero(amount) : amount);
            } else if (decision instanceof Decision.Settle settle) {
                Money amount = settle.draft().amount();
                change(changes, settle.holding().accountId(), amount, amount.negate());
            }
        }
        Map<String, Money> availableBefore = new HashMap<>();
        if (changes.isEmpty()) {
            return availableBefore;
        }
        accounts.addToBalances(changes).forEach((accountId, after) -> {
            AccountStore.Balances change = changes.get(accountId);
            availableBefore.put(accountId, after.available().minus(change.booked()).minus(change.pending()));
        });
        return availableBefore;
    }

    private static void change(SortedMap<String, AccountStore.Balances> changes, String accountId, Money booked, Money pending) {
        changes.merge(accountId, new AccountStore.Balances(booked, pending),
                (a, b) -> new AccountStore.Balances(a.booked().plus(b.booked()), a.pending().plus(b.pending())));
    }

    private static Money zero(Money like) {
        return Money.zero(like.currency());
    }

    private static Set<CustomerId> customersOf(BatchPlan plan) {
        Set<CustomerId> customers = new HashSet<>();
        for (Decision decision : plan.decisions()) {
            if (decision instanceof Decision.Fresh fresh) {
                customers.add(fresh.holding().customer());
            }
        }
        return customers;
    }

    /** The transaction a reversal or refund undoes: by the reference the bank gave, else by merchant and amount. */
    private String originalOf(TransactionDraft draft, AccountHolding holding, Map<String, KnownTransaction> known,
                              Map<String, BookedTransaction> bookedNow) {
        String reversed = draft.details().reversedReference();
        if (reversed != null) {
            KnownTransaction before = known.get(reversed);
            if (before != null) {
                return before.transactionId();
            }
            BookedTransaction inBatch = bookedNow.get(reversed);
            return inBatch == null ? null : inBatch.id();
        }
        if (draft.kind() == TransactionKind.CARD_REFUND && draft.merchant() != null) {
            return transactions.findRefunded(holding.accountId(), draft.merchant().name(), -draft.amount().minorUnits(),
                    draft.bookedAt().minus(REFUND_LOOKBACK)).orElse(null);
        }
        return null;
    }

    private static TransactionBooked announcement(BookedTransaction transaction, AccountHolding holding) {
        TransactionDraft draft = transaction.draft();
        String merchantName = draft.merchant() != null ? draft.merchant().name() : draft.counterparty();
        var original = draft.details().original();
        return new TransactionBooked(transaction.id(), draft.bankReference(), holding.customer(), holding.accountId(),
                holding.iban().masked(), draft.kind(), draft.status(), draft.amount(), draft.bookedAt(), merchantName,
                draft.merchant() == null ? null : draft.merchant().mcc(),
                draft.merchant() == null ? null : draft.merchant().city(),
                draft.cardLast4(), transaction.category(),
                original == null ? null : original.amount().toPlainString(),
                original == null ? null : original.currency().getCurrencyCode(),
                transaction.balanceAfter(), draft.merchant() == null ? null : draft.merchant().location());
    }
}
