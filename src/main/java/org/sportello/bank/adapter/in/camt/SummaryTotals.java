package org.sportello.bank.adapter.in.camt;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report's TxsSummry, as the bank stated it, and the check of it against the entries the
 * report really holds: a count or sum that disagrees means entries were lost or added on the way.
 */
final class SummaryTotals {

    /** A value the bank stated, with the element it stood in. */
    private record Stated<T>(Element element, T value) {
    }

    private final List<Problem> problems;
    private Stated<Integer> entries;
    private Stated<BigDecimal> entriesSum;
    private Stated<Integer> credits;
    private Stated<BigDecimal> creditSum;
    private Stated<Integer> debits;
    private Stated<BigDecimal> debitSum;

    SummaryTotals(List<Problem> problems) {
        this.problems = problems;
    }

    /** A leaf at {@code path} below TxsSummry. */
    void leaf(String path, Element leaf) {
        switch (path) {
            case "TtlNtries/NbOfNtries" -> entries = count(leaf);
            case "TtlNtries/Sum" -> entriesSum = sum(leaf);
            case "TtlCdtNtries/NbOfNtries" -> credits = count(leaf);
            case "TtlCdtNtries/Sum" -> creditSum = sum(leaf);
            case "TtlDbtNtries/NbOfNtries" -> debits = count(leaf);
            case "TtlDbtNtries/Sum" -> debitSum = sum(leaf);
            default -> {
                // net totals and per-code totals are not checked
            }
        }
    }

    /**
     * Checks the stated totals against the report. Sums and per-direction counts need every entry
     * read; when one could not be, only the number of entries is compared.
     */
    void check(List<CamtEntry> read, int entryCount, boolean allRead, String noun) {
        compare(entries, entryCount, " entries but the " + noun + " holds " + entryCount);
        if (!allRead) {
            return;
        }
        List<CamtEntry> creditEntries = read.stream().filter(CamtEntry::credit).toList();
        List<CamtEntry> debitEntries = read.stream().filter(entry -> !entry.credit()).toList();
        compare(credits, creditEntries.size(), " credit entries but the " + noun + " holds " + creditEntries.size());
        compare(debits, debitEntries.size(), " debit entries but the " + noun + " holds " + debitEntries.size());
        compare(creditSum, "the credit entries", total(creditEntries));
        compare(debitSum, "the debit entries", total(debitEntries));
        compare(entriesSum, "the entries", total(read));
    }

    Integer entryCount() {
        return entries == null ? null : entries.value();
    }

    Integer creditCount() {
        return credits == null ? null : credits.value();
    }

    BigDecimal creditSum() {
        return creditSum == null ? null : creditSum.value();
    }

    Integer debitCount() {
        return debits == null ? null : debits.value();
    }

    BigDecimal debitSum() {
        return debitSum == null ? null : debitSum.value();
    }

    private void compare(Stated<Integer> stated, int actual, String saying) {
        if (stated != null && stated.value() != actual) {
            problems.add(Problem.at(stated.element(), "TxsSummry says " + stated.value() + saying));
        }
    }

    private void compare(Stated<BigDecimal> stated, String which, BigDecimal actual) {
        if (stated != null && stated.value().compareTo(actual) != 0) {
            problems.add(Problem.at(stated.element(), "TxsSummry says " + which + " add up to "
                    + stated.value().toPlainString() + " but they add up to " + actual.toPlainString()));
        }
    }

    private static BigDecimal total(List<CamtEntry> entries) {
        return entries.stream().map(CamtEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Stated<Integer> count(Element leaf) {
        Integer value = CamtValues.count(leaf, problems);
        return value == null ? null : new Stated<>(leaf, value);
    }

    private Stated<BigDecimal> sum(Element leaf) {
        BigDecimal value = CamtValues.decimal(leaf, problems);
        if (value != null && value.signum() < 0) {
            problems.add(Problem.at(leaf, "Sum must not be negative, got " + CamtValues.quoted(leaf.text())));
            return null;
        }
        return value == null ? null : new Stated<>(leaf, value);
    }
}
