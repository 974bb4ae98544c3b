package org.sportello.bank.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sportello.bank.Grant;
import org.sportello.bank.Period;
import org.sportello.bank.SpendingFacts;
import org.sportello.bank.TransactionSummary;
import org.sportello.bank.domain.RecurringDetector;
import org.sportello.bank.domain.category.MerchantNames;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bank module's spending answers. */
@Service
@Transactional(readOnly = true)
class SpendingQueries implements SpendingFacts {

    static final int LARGEST_LIMIT_MAX = 50;
    /** A year and a month back: enough months to see a monthly rhythm and to notice it stopped. */
    static final int RECURRING_MONTHS_BACK = 13;

    /**
     * Recurring payments come monthly; recomputing them for every question is waste. A new
     * subscription shows within this time.
     */
    static final Duration RECURRING_FRESHNESS = Duration.ofMinutes(30);

    private final SpendingStore store;
    private final MerchantNames merchantNames;
    private final Cache<RecurringKey, List<Recurring>> recurring = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(RECURRING_FRESHNESS).build();

    SpendingQueries(SpendingStore store, MerchantNames merchantNames) {
        this.store = store;
        this.merchantNames = merchantNames;
    }

    private record RecurringKey(CustomerId customer, LocalDate today) {
    }

    @Override
    public List<Total> totals(Grant transactions, Period period, Grouping grouping) {
        return store.totals(Grants.require(transactions, Scope.TRANSACTIONS), period.start(), period.end(), grouping);
    }

    @Override
    public Total total(Grant transactions, Period period, Optional<String> category, Optional<String> merchant) {
        CustomerId customer = Grants.require(transactions, Scope.TRANSACTIONS);
        // Booked merchants are stored normalised ("ESSELUNGA MILANO" is Esselunga); so is the question's.
        return store.total(customer, period.start(), period.end(), category.orElse(null),
                merchant.map(merchantNames::normalise).orElse(null));
    }

    @Override
    public Comparison compare(Grant transactions, Period period, Optional<String> category, Optional<String> merchant) {
        Period previous = period.previous();
        return new Comparison(total(transactions, period, category, merchant), total(transactions, previous, category, merchant),
                period, previous);
    }

    @Override
    public List<TransactionSummary> largestExpenses(Grant transactions, Period period, int limit) {
        CustomerId customer = Grants.require(transactions, Scope.TRANSACTIONS);
        if (limit < 1 || limit > LARGEST_LIMIT_MAX) {
            throw new IllegalArgumentException("limit must be 1 to " + LARGEST_LIMIT_MAX + ", got " + limit);
        }
        return store.largestExpenses(customer, period.start(), period.end(), limit);
    }

    @Override
    public List<Recurring> recurring(Grant transactions, LocalDate today) {
        CustomerId customer = Grants.require(transactions, Scope.TRANSACTIONS);
        return recurring.get(new RecurringKey(customer, today), key -> {
            LocalDate since = today.withDayOfMonth(1).minusMonths(RECURRING_MONTHS_BACK);
            return List.copyOf(RecurringDetector.detect(store.monthlyFlows(customer, since, today), today));
        });
    }
}
