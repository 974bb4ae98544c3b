package org.sportello.bank.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sportello.bank.SpendingFacts.Recurring;
import org.sportello.shared.Money;

/**
 * Finds what comes back every month from a year of monthly flows: once a month, for a similar
 * amount, in at least {@link #MONTHS_MIN} of the last months, and not overdue. Groceries bought
 * at the same shop every week are not recurring payments; Netflix on the 5th is.
 */
public final class RecurringDetector {

    public static final int MONTHS_MIN = 3;
    /** The largest month may be this much above the smallest (bills vary; a price rise happens). */
    static final double SPREAD_MAX = 0.35;
    /** A monthly payment not seen for longer than this has stopped. */
    static final int OVERDUE_DAYS = 45;

    private RecurringDetector() {
    }

    public static List<Recurring> detect(List<MonthlyFlow> flows, LocalDate today) {
        Map<String, List<MonthlyFlow>> byName = new LinkedHashMap<>();
        for (MonthlyFlow flow : flows) {
            byName.computeIfAbsent(flow.name() + "\u001f" + flow.currency(), key -> new ArrayList<>()).add(flow);
        }
        List<Recurring> recurring = new ArrayList<>();
        for (List<MonthlyFlow> months : byName.values()) {
            Recurring found = recurringOf(months, today);
            if (found != null) {
                recurring.add(found);
            }
        }
        recurring.sort(Comparator.comparing((Recurring r) -> r.typical().isPositive()).thenComparing(r -> r.typical().minorUnits()));
        return recurring;
    }

    private static Recurring recurringOf(List<MonthlyFlow> months, LocalDate today) {
        List<MonthlyFlow> single = months.stream().filter(flow -> flow.count() == 1).toList();
        if (single.size() < MONTHS_MIN || single.size() < months.size() * 0.75) {
            return null;
        }
        long smallest = single.stream().mapToLong(flow -> Math.abs(flow.sumMinor())).min().orElseThrow();
        long largest = single.stream().mapToLong(flow -> Math.abs(flow.sumMinor())).max().orElseThrow();
        if (smallest == 0 || largest > smallest * (1 + SPREAD_MAX)) {
            return null;
        }
        MonthlyFlow last = single.stream().max(Comparator.comparing(MonthlyFlow::month)).orElseThrow();
        if (last.lastDate().plusDays(OVERDUE_DAYS).isBefore(today) || !consecutive(single)) {
            return null;
        }
        long typical = median(single.stream().mapToLong(MonthlyFlow::sumMinor).sorted().toArray());
        int day = (int) median(single.stream().mapToLong(MonthlyFlow::averageDay).sorted().toArray());
        YearMonth nextMonth = YearMonth.from(last.lastDate()).plusMonths(1);
        LocalDate next = nextMonth.atDay(Math.min(day, nextMonth.lengthOfMonth()));
        return new Recurring(last.name(), last.category(), Money.ofMinor(typical, last.currency()), day, single.size(),
                last.lastDate(), next);
    }

    /** Monthly means month after month: at most one gap in the months it came. */
    private static boolean consecutive(List<MonthlyFlow> single) {
        List<YearMonth> months = single.stream().map(MonthlyFlow::month).sorted().toList();
        int gaps = 0;
        for (int i = 1; i < months.size(); i++) {
            if (!months.get(i - 1).plusMonths(1).equals(months.get(i))) {
                gaps++;
            }
        }
        return gaps <= 1;
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }
}
