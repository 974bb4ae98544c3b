package org.sportello.bank.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sportello.bank.SpendingFacts.Grouping;
import org.sportello.bank.SpendingFacts.Total;
import org.sportello.bank.TransactionSummary;
import org.sportello.bank.domain.MonthlyFlow;
import org.sportello.shared.CustomerId;

/** Aggregates over a customer's transactions, computed where the data is. */
public interface SpendingStore {

    List<Total> totals(CustomerId customer, Instant from, Instant to, Grouping grouping);

    /** @param category a detailed or primary code, or null; @param merchant a merchant name, or null */
    Total total(CustomerId customer, Instant from, Instant to, String category, String merchant);

    List<TransactionSummary> largestExpenses(CustomerId customer, Instant from, Instant to, int limit);

    /**
     * Per merchant or counterparty and month, from {@code since} to {@code until}, for those that
     * came at most about twice a month: what could be monthly.
     */
    List<MonthlyFlow> monthlyFlows(CustomerId customer, LocalDate since, LocalDate until);
}
