package org.sportello.bank;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sportello.shared.Money;

/**
 * Answers about a customer's spending, for the assistant. Spending is money out (and refunds
 * back) that is not a transfer, a withdrawal or income; amounts are positive when money was spent.
 * Like {@link Accounts}, callers hold the TRANSACTIONS consent first: this interface does not check it.
 */
public interface SpendingFacts {

    /** Spending in the period, grouped by detailed category, primary category or merchant, largest first. */
    List<Total> totals(Grant transactions, Period period, Grouping grouping);

    /** Spending in the period, optionally only of one category (detailed or primary code) and/or one merchant. */
    Total total(Grant transactions, Period period, Optional<String> category, Optional<String> merchant);

    /** This period against the one before it, for the same filter. */
    Comparison compare(Grant transactions, Period period, Optional<String> category, Optional<String> merchant);

    /** The largest expenses of the period, largest first, at most {@code limit}. */
    List<TransactionSummary> largestExpenses(Grant transactions, Period period, int limit);

    /** Payments and income that come back every month: subscriptions, rent, bills, salary. */
    List<Recurring> recurring(Grant transactions, LocalDate today);

    enum Grouping { CATEGORY, PRIMARY_CATEGORY, MERCHANT }

    /** @param key the category code or merchant name; null for transactions not yet categorised */
    record Total(String key, Money amount, long count) {
    }

    record Comparison(Total current, Total previous, Period currentPeriod, Period previousPeriod) {

        /** Positive when more was spent now than before. */
        public Money change() {
            return current.amount().minus(previous.amount());
        }
    }

    /**
     * @param name        merchant or counterparty
     * @param category    its detailed category code, may be null
     * @param typical     the usual amount, signed (negative out, positive in)
     * @param dayOfMonth  the usual day it comes
     * @param months      in how many of the last months it came
     * @param lastSeen    when it last came
     * @param nextExpected when it should come next
     */
    record Recurring(String name, String category, Money typical, int dayOfMonth, int months, LocalDate lastSeen,
                     LocalDate nextExpected) {

        public boolean isIncome() {
            return typical.isPositive();
        }
    }
}
