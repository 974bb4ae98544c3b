package org.sportello.bank.adapter.in.camt;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sportello.bank.adapter.in.camt.CamtEntry.Status;

/**
 * A statement's arithmetic: opening booked balance + booked credits − booked debits = closing
 * booked balance, exactly, in one currency. Pending and information entries do not move the
 * booked balance; a statement that does not add up has lost or invented an entry.
 */
final class BalanceCheck {

    static final String OPENING = "OPBD";
    /** Previously closed booked balance: the opening one of banks that send no OPBD. */
    static final String PREVIOUSLY_CLOSED = "PRCD";
    static final String CLOSING = "CLBD";

    /** A balance as read, with the Bal element it came from. */
    record BalanceRead(Element element, CamtBalance balance) {
    }

    private final Element statement;
    private final List<BalanceRead> balances;
    private final List<Problem> problems;

    BalanceCheck(Element statement, List<BalanceRead> balances, List<Problem> problems) {
        this.statement = statement;
        this.balances = balances;
        this.problems = problems;
    }

    /** The booked opening balance: OPBD, or PRCD when there is no OPBD; null when neither. */
    BalanceRead opening() {
        BalanceRead opening = first(OPENING);
        return opening != null ? opening : first(PREVIOUSLY_CLOSED);
    }

    /**
     * Adds a problem for every way the balances disagree with the entries or with {@code currency}.
     * The sum is only compared when {@code entriesAgree}: every entry read, in the statement's currency.
     */
    void check(List<CamtEntry> entries, String currency, boolean entriesAgree) {
        int before = problems.size();
        refuseRepeatedTypes();
        refuseOtherCurrencies(currency);
        BalanceRead opening = opening();
        BalanceRead closing = first(CLOSING);
        if (opening == null) {
            problems.add(Problem.missing(statement, "Bal", "a statement needs an opening booked balance, OPBD (or PRCD),"
                    + " to check its entries against; it has none"));
        }
        if (closing == null) {
            problems.add(Problem.missing(statement, "Bal", "a statement needs a closing booked balance, CLBD, to check"
                    + " its entries against; it has none"));
        }
        if (problems.size() == before && entriesAgree) {
            compare(opening, closing, entries, currency);
        }
    }

    private void compare(BalanceRead opening, BalanceRead closing, List<CamtEntry> entries, String currency) {
        BigDecimal booked = entries.stream()
                .filter(entry -> entry.status() == Status.BOOKED)
                .map(CamtEntry::signedAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(opening.balance().amount().scale());
        BigDecimal expected = opening.balance().signedAmount().add(booked);
        BigDecimal stated = closing.balance().signedAmount();
        if (expected.compareTo(stated) != 0) {
            problems.add(Problem.at(closing.element(), "closing balance " + CLOSING + " " + stated.toPlainString() + " "
                    + currency + " does not match opening " + opening.balance().type() + " "
                    + opening.balance().signedAmount().toPlainString() + " " + currency + " + entries "
                    + booked.toPlainString() + " " + currency + " = " + expected.toPlainString() + " " + currency));
        }
    }

    private void refuseRepeatedTypes() {
        Set<String> seen = new HashSet<>();
        for (BalanceRead read : balances) {
            String type = read.balance().type();
            boolean booked = type.equals(OPENING) || type.equals(PREVIOUSLY_CLOSED) || type.equals(CLOSING);
            if (booked && !seen.add(type)) {
                problems.add(Problem.at(read.element(), "a second " + type + " balance; a statement has one, so it is"
                        + " unclear which one the entries start from or end at"));
            }
        }
    }

    private void refuseOtherCurrencies(String currency) {
        if (currency == null) {
            return;
        }
        for (BalanceRead read : balances) {
            if (!read.balance().currency().equals(currency)) {
                problems.add(Problem.at(read.element(), "balance " + read.balance().type() + " is in "
                        + read.balance().currency() + " but the account is in " + currency));
            }
        }
    }

    private BalanceRead first(String type) {
        return balances.stream().filter(read -> read.balance().type().equals(type)).findFirst().orElse(null);
    }
}
