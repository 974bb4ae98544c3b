package org.sportello.bank.adapter.in.feed;

import org.sportello.bank.TransactionKind;
import org.sportello.bank.adapter.in.camt.CamtEntry;

/**
 * What kind of transaction a camt entry is, from its ISO 20022 bank transaction code
 * (Domain/Family/SubFamily, e.g. PMNT/CCRD/POSD), purpose code and card data.
 */
final class CamtKinds {

    private CamtKinds() {
    }

    static TransactionKind kindOf(CamtEntry entry) {
        String[] code = entry.bankTransactionCode() == null ? new String[0] : entry.bankTransactionCode().split("/");
        String family = code.length > 1 ? code[1] : "";
        String subFamily = code.length > 2 ? code[2] : "";
        boolean debit = !entry.credit();
        TransactionKind kind = byCode(family, subFamily, entry.purposeCode(), debit);
        if (kind == null && entry.cardLast4() != null) {
            kind = debit ? TransactionKind.CARD_PAYMENT : TransactionKind.CARD_REFUND;
        }
        if (kind == null || !kind.allows(debit)) {
            kind = debit ? TransactionKind.TRANSFER_OUT : TransactionKind.TRANSFER_IN;
        }
        return kind;
    }

    private static TransactionKind byCode(String family, String subFamily, String purpose, boolean debit) {
        if ("SALA".equals(purpose) || "SALA".equals(subFamily)) {
            return TransactionKind.SALARY;
        }
        if (subFamily.equals("CHRG") || subFamily.equals("FEES") || family.equals("CHRG")) {
            return TransactionKind.FEE;
        }
        if (subFamily.equals("INTR") || family.equals("INTR")) {
            return TransactionKind.INTEREST;
        }
        return switch (family) {
            case "CCRD", "DCRD", "MCRD", "POSD" -> subFamily.equals("CWDL")
                    ? TransactionKind.CASH_WITHDRAWAL : debit ? TransactionKind.CARD_PAYMENT : TransactionKind.CARD_REFUND;
            case "RCDT" -> TransactionKind.TRANSFER_IN;
            case "ICDT" -> TransactionKind.TRANSFER_OUT;
            case "RDDT", "IDDT" -> TransactionKind.DIRECT_DEBIT;
            case "CNTR" -> subFamily.equals("CWDL") ? TransactionKind.CASH_WITHDRAWAL : null;
            default -> null;
        };
    }
}
