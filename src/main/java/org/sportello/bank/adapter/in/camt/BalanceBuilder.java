package org.sportello.bank.adapter.in.camt;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects one Bal's leaves and checks that the balance is complete when it closes. */
final class BalanceBuilder {

    private final Element element;
    private final List<Problem> problems;
    private final Set<String> seen = new HashSet<>();
    private String type;
    private CamtValues.Amount amount;
    private Boolean credit;
    private LocalDate date;

    BalanceBuilder(Element element, List<Problem> problems) {
        this.element = element;
        this.problems = problems;
    }

    Element element() {
        return element;
    }

    void closed(Element closed) {
        if (!closed.isLeaf()) {
            return;
        }
        String path = closed.pathFrom(element);
        switch (path) {
            case "Tp/CdOrPrtry/Cd", "Tp/CdOrPrtry/Prtry" -> type = closed.text().isEmpty() ? null : closed.text();
            case "Amt" -> amount = CamtValues.amount(closed, true, problems);
            case "CdtDbtInd" -> credit = CamtValues.credit(closed, problems);
            case "Dt/Dt" -> date = CamtValues.date(closed, problems);
            case "Dt/DtTm" -> {
                OffsetDateTime dateTime = CamtValues.dateTime(closed, problems);
                date = dateTime == null ? null : dateTime.toLocalDate();
            }
            default -> {
                return; // availability, credit lines and the like: not needed
            }
        }
        seen.add(path);
    }

    /** The balance, or null after adding what is missing or wrong to the report's problems. */
    CamtBalance finish() {
        int before = problems.size();
        if (type == null) {
            problems.add(Problem.missing(element, "Tp/CdOrPrtry/Cd", "Tp/CdOrPrtry/Cd is required: the balance type,"
                    + " such as OPBD or CLBD"));
        }
        if (!seen.contains("Amt")) {
            problems.add(Problem.missing(element, "Amt", "Amt is required: the balance with its currency, such as"
                    + " <Amt Ccy=\"EUR\">1500.00</Amt>"));
        }
        if (!seen.contains("CdtDbtInd")) {
            problems.add(Problem.missing(element, "CdtDbtInd", "CdtDbtInd is required: CRDT for a balance in credit,"
                    + " DBIT for an overdraft"));
        }
        if (!seen.contains("Dt/Dt") && !seen.contains("Dt/DtTm")) {
            problems.add(Problem.missing(element, "Dt", "Dt is required: the date of the balance, as"
                    + " <Dt><Dt>2026-11-17</Dt></Dt>"));
        }
        if (problems.size() > before || amount == null || credit == null || date == null) {
            return null;
        }
        return new CamtBalance(type, amount.value(), amount.currency(), credit, date);
    }
}
