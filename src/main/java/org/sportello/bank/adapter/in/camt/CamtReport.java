package org.sportello.bank.adapter.in.camt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One Stmt (camt.053) or Ntfctn (camt.054): the account it is about, its balances and its
 * entries. The summary fields come from TxsSummry and are null when the bank sent none; the
 * reader has already checked them against the entries.
 *
 * @param id                 Stmt/Id or Ntfctn/Id
 * @param line               where the Stmt or Ntfctn element starts
 * @param iban               Acct/Id/IBAN, compact and upper case
 * @param currency           Acct/Ccy, or null when the bank left it out
 * @param ownerName          Acct/Ownr/Nm with card numbers masked, or null
 * @param summaryEntryCount  TxsSummry/TtlNtries/NbOfNtries
 * @param summaryCreditCount TxsSummry/TtlCdtNtries/NbOfNtries
 * @param summaryCreditSum   TxsSummry/TtlCdtNtries/Sum
 * @param summaryDebitCount  TxsSummry/TtlDbtNtries/NbOfNtries
 * @param summaryDebitSum    TxsSummry/TtlDbtNtries/Sum
 */
public record CamtReport(
        String id,
        int line,
        String iban,
        String currency,
        String ownerName,
        List<CamtBalance> balances,
        List<CamtEntry> entries,
        Integer summaryEntryCount,
        Integer summaryCreditCount,
        BigDecimal summaryCreditSum,
        Integer summaryDebitCount,
        BigDecimal summaryDebitSum) {

    public CamtReport {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(iban, "iban == null");
        balances = List.copyOf(balances);
        entries = List.copyOf(entries);
    }
}
