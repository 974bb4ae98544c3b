package org.sportello.bank.adapter.in.camt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the entry details (NtryDtls/TxDtls, and the entry's own AmtDtls and CardTx) add to an
 * entry. A batch entry has several TxDtls: references, parties and amounts come from the first,
 * remittance lines from all of them, and card numbers are looked for in all of them so that none
 * is kept whole.
 */
final class TransactionDetails {

    private static final Pattern MCC = Pattern.compile("[0-9]{4}");
    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private final List<Problem> problems;
    private final List<String> remittanceLines = new ArrayList<>();
    private String endToEndId;
    private String creditorName;
    private String creditorIban;
    private String debtorName;
    private String debtorIban;
    private String purposeCode;
    private String cardLast4;
    private String mcc;
    private CamtValues.Amount instructed;
    private BigDecimal exchangeRate;

    TransactionDetails(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * A leaf at {@code path} below a TxDtls, or below the entry for its own AmtDtls and CardTx;
     * {@code first} when it belongs to the entry's first TxDtls (or to the entry itself).
     */
    void leaf(String path, Element leaf, boolean first) {
        if (path.equals("RmtInf/Ustrd")) {
            remittanceLines.add(leaf.text());
        } else if (path.equals("CardTx/Card/PlainCardData/PAN") || path.equals("CardTx/Card/PlainCardData/Pan")) {
            card(leaf);
        } else if (first) {
            firstTransaction(path, leaf);
        }
    }

    private void firstTransaction(String path, Element leaf) {
        String text = leaf.text().isEmpty() ? null : leaf.text();
        switch (path) {
            case "Refs/EndToEndId" -> endToEndId = NOT_PROVIDED.equals(text) ? null : text;
            case "RltdPties/Cdtr/Pty/Nm", "RltdPties/Cdtr/Nm" -> creditorName = firstOf(creditorName, text);
            case "RltdPties/Dbtr/Pty/Nm", "RltdPties/Dbtr/Nm" -> debtorName = firstOf(debtorName, text);
            case "RltdPties/CdtrAcct/Id/IBAN" -> creditorIban = CamtValues.iban(leaf, problems);
            case "RltdPties/DbtrAcct/Id/IBAN" -> debtorIban = CamtValues.iban(leaf, problems);
            case "Purp/Cd" -> purposeCode = text;
            case "AmtDtls/InstdAmt/Amt" -> instructed = firstOf(instructed, CamtValues.amount(leaf, false, problems));
            case "CardTx/Tx/Indv/TxCtgy" -> mcc = text != null && MCC.matcher(text).matches() ? text : mcc;
            default -> exchange(path, leaf);
        }
    }

    private void exchange(String path, Element leaf) {
        if (!path.startsWith("AmtDtls/")) {
            return;
        }
        if (path.endsWith("/CcyXchg/XchgRate")) {
            exchangeRate = firstOf(exchangeRate, CamtValues.positiveDecimal(leaf, problems));
        } else if (path.endsWith("/CcyXchg/SrcCcy") || path.endsWith("/CcyXchg/TrgtCcy")
                || path.endsWith("/CcyXchg/UnitCcy")) {
            CamtValues.currency(leaf, problems);
        }
    }

    // Only the last four digits are kept; the full number goes no further than the parser's buffer.
    private void card(Element leaf) {
        String digits = leaf.text().replaceAll("[^0-9]", "");
        if (cardLast4 == null && digits.length() >= 4) {
            cardLast4 = digits.substring(digits.length() - 4);
        }
    }

    RemittanceText remittance(boolean reversal) {
        return RemittanceText.of(remittanceLines, reversal);
    }

    String endToEndId() {
        return endToEndId;
    }

    /** The other side: the creditor of a debit, the debtor of a credit; card numbers masked. */
    String counterpartyName(boolean credit) {
        String name = credit ? debtorName : creditorName;
        return name == null ? null : CamtRefusals.redacted(name);
    }

    String counterpartyIban(boolean credit) {
        return credit ? debtorIban : creditorIban;
    }

    String purposeCode() {
        return purposeCode;
    }

    /** Card data wins over the remittance text: it is what the card scheme reported. */
    String cardLast4(RemittanceText remittance) {
        return cardLast4 != null ? cardLast4 : remittance.cardLast4();
    }

    String mcc(RemittanceText remittance) {
        return mcc != null ? mcc : remittance.mcc();
    }

    /** The instructed amount when it is foreign: one in the entry's own currency adds nothing. */
    CamtValues.Amount foreignAmount(String entryCurrency) {
        return instructed == null || instructed.currency().equals(entryCurrency) ? null : instructed;
    }

    BigDecimal exchangeRate() {
        return exchangeRate;
    }

    private static <T> T firstOf(T kept, T candidate) {
        return kept != null ? kept : candidate;
    }
}
