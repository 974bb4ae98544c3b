package org.sportello.bank.adapter.in.camt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sportello.bank.adapter.in.camt.BalanceCheck.BalanceRead;
import org.sportello.shared.Violation;

/**
 * Collects one Stmt or Ntfctn as it streams by: the account, balances, summary and entries, each
 * entry checked when it closes and the report as a whole (currencies, TxsSummry, a statement's
 * balances) when the report closes.
 */
final class ReportBuilder {

    private final Element element;
    private final CamtMessage.Kind kind;
    private final Map<String, Integer> referenceLines;
    private final Consumer<Violation> violations;
    private final List<Problem> problems = new ArrayList<>();
    private final SummaryTotals summary = new SummaryTotals(problems);
    private final List<BalanceRead> balances = new ArrayList<>();
    private final List<CamtEntry> entries = new ArrayList<>();
    private int entryCount;
    private boolean allEntriesRead = true;
    private EntryBuilder entry;
    private BalanceBuilder balance;
    private String id;
    private String iban;
    private boolean ibanSeen;
    private Element otherAccountId;
    private String currency;
    private String ownerName;

    /**
     * @param referenceLines AcctSvcrRef seen so far in the document, with the line of their entry
     * @param violations     where problems go, entries' as each entry closes, the report's at its end
     */
    ReportBuilder(Element element, CamtMessage.Kind kind, Map<String, Integer> referenceLines,
                  Consumer<Violation> violations) {
        this.element = element;
        this.kind = kind;
        this.referenceLines = referenceLines;
        this.violations = violations;
    }

    Element element() {
        return element;
    }

    void opened(Element opened) {
        if (entry != null) {
            entry.opened(opened);
        } else if (opened.parent() == element && opened.is("Ntry")) {
            entry = new EntryBuilder(opened, entryCount++);
        } else if (opened.parent() == element && opened.is("Bal")) {
            balance = new BalanceBuilder(opened, problems);
        }
    }

    void closed(Element closed) {
        if (entry != null) {
            closeInEntry(closed);
        } else if (balance != null) {
            closeInBalance(closed);
        } else if (closed.isLeaf()) {
            leaf(closed.pathFrom(element), closed);
        } else if ("Acct/Id/Othr".equals(closed.pathFrom(element))) {
            otherAccountId = closed;
        }
    }

    private void closeInEntry(Element closed) {
        if (closed != entry.element()) {
            entry.closed(closed);
            return;
        }
        CamtEntry read = entry.finish(referenceLines, violations);
        if (read == null) {
            allEntriesRead = false;
        } else {
            entries.add(read);
        }
        entry = null;
    }

    private void closeInBalance(Element closed) {
        if (closed != balance.element()) {
            balance.closed(closed);
            return;
        }
        CamtBalance read = balance.finish();
        if (read != null) {
            balances.add(new BalanceRead(closed, read));
        }
        balance = null;
    }

    private void leaf(String path, Element leaf) {
        switch (path) {
            case "Id" -> id = leaf.text().isEmpty() ? null : leaf.text();
            case "Acct/Id/IBAN" -> {
                ibanSeen = true;
                iban = CamtValues.iban(leaf, problems);
            }
            case "Acct/Ccy" -> currency = CamtValues.currency(leaf, problems);
            case "Acct/Ownr/Nm" -> ownerName = leaf.text().isEmpty() ? null : CamtRefusals.redacted(leaf.text());
            default -> {
                if (path.startsWith("TxsSummry/")) {
                    summary.leaf(path.substring("TxsSummry/".length()), leaf);
                }
            }
        }
    }

    /** The report, or null when it or one of its entries breaks a rule (the violations are out by then). */
    CamtReport finish() {
        requireIdAndAccount();
        BalanceCheck balanceCheck = new BalanceCheck(element, balances, problems);
        String reportCurrency = currency != null || balanceCheck.opening() == null
                ? currency : balanceCheck.opening().balance().currency();
        boolean entriesAgree = allEntriesRead & entriesIn(reportCurrency);
        summary.check(entries, entryCount, entriesAgree, kind.noun());
        if (kind == CamtMessage.Kind.STATEMENT_053) {
            balanceCheck.check(entries, reportCurrency, entriesAgree);
        }
        problems.forEach(problem -> violations.accept(problem.toViolation(null, null)));
        if (!problems.isEmpty() || !entriesAgree) {
            return null;
        }
        return new CamtReport(id, element.line(), iban, currency, ownerName,
                balances.stream().map(BalanceRead::balance).toList(), entries, summary.entryCount(),
                summary.creditCount(), summary.creditSum(), summary.debitCount(), summary.debitSum());
    }

    private void requireIdAndAccount() {
        if (id == null) {
            problems.add(Problem.missing(element, "Id", "Id is required: the " + kind.noun() + "'s unique identification"));
        }
        if (otherAccountId != null && !ibanSeen) {
            problems.add(Problem.at(otherAccountId, "the account is identified by Othr; Sportello needs the account's"
                    + " IBAN in Acct/Id/IBAN"));
        } else if (!ibanSeen) {
            problems.add(Problem.missing(element, "Acct/Id/IBAN", "Acct/Id/IBAN is required: the IBAN of the account"
                    + " this " + kind.noun() + " is about"));
        }
    }

    /** Ntry/Amt is always in the account's currency; a foreign amount belongs in AmtDtls. */
    private boolean entriesIn(String reportCurrency) {
        boolean agree = true;
        for (CamtEntry read : entries) {
            if (reportCurrency != null && !read.currency().equals(reportCurrency)) {
                agree = false;
                Problem problem = new Problem(element.pointer() + "/Ntry[" + (read.index() + 1) + "]/Amt", "Amt",
                        read.line(), "the entry is in " + read.currency() + " but the account is in " + reportCurrency
                        + "; Ntry/Amt is in the account's currency and a foreign amount goes in AmtDtls");
                violations.accept(problem.toViolation(read.index(), read.accountServicerReference()));
            }
        }
        return agree;
    }
}
