package org.sportello.bank.adapter.in.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One Ntry: money that moved (or will move) on the account. Free text is already masked: no full
 * card number survives into any field.
 *
 * @param line                     where the Ntry element starts
 * @param index                    position in its report, from 0
 * @param amount                   positive, at the currency's scale; {@code credit} gives the direction
 * @param credit                   CdtDbtInd CRDT (money came in); false for DBIT
 * @param reversal                 RvslInd: this entry undoes an earlier one
 * @param bookingDate              BookgDt/Dt, or the date part of BookgDt/DtTm; null only for pending or
 *                                 information entries without one
 * @param bookingDateTime          BookgDt/DtTm when the bank sent a time, else null
 * @param valueDate                ValDt (date part of ValDt/DtTm), or null
 * @param accountServicerReference AcctSvcrRef, the bank's unique reference and so the idempotency key;
 *                                 present for BOOKED and PENDING entries
 * @param bankTransactionCode      "PMNT/CCRD/POSD" (domain/family/sub-family) or the proprietary code
 * @param endToEndId               Refs/EndToEndId; null when absent or NOTPROVIDED
 * @param counterpartyName         the creditor of a debit or the debtor of a credit, masked
 * @param counterpartyIban         that party's account IBAN, or null
 * @param remittance               every Ustrd of the entry joined with a space, card numbers masked
 * @param purposeCode              Purp/Cd
 * @param cardLast4                the card's last four digits, from card data or the remittance text
 * @param mcc                      merchant category code, from card data or "MCC 5411" in the remittance
 * @param originalAmount           AmtDtls/InstdAmt/Amt when it is in another currency than the entry
 * @param originalCurrency         that amount's currency
 * @param exchangeRate             CcyXchg/XchgRate as the bank sent it
 * @param reversedReference        for a reversal, the original reference its remittance names
 *                                 ("ORIG REF ..." or "ORIG. RIF. ...")
 */
public record CamtEntry(
        int line,
        int index,
        BigDecimal amount,
        String currency,
        boolean credit,
        Status status,
        boolean reversal,
        LocalDate bookingDate,
        OffsetDateTime bookingDateTime,
        LocalDate valueDate,
        String accountServicerReference,
        String bankTransactionCode,
        String endToEndId,
        String counterpartyName,
        String counterpartyIban,
        String remittance,
        String purposeCode,
        String cardLast4,
        String mcc,
        BigDecimal originalAmount,
        String originalCurrency,
        BigDecimal exchangeRate,
        String reversedReference) {

    /** Sts/Cd, or the plain Sts text of versions before 001.08. */
    public enum Status {
        /** BOOK: on the account; moves the booked balance. */
        BOOKED,
        /** PDNG: authorised but not booked yet. */
        PENDING,
        /** INFO: for information only; may never be booked. */
        INFO
    }

    public CamtEntry {
        Objects.requireNonNull(amount, "amount == null");
        Objects.requireNonNull(currency, "currency == null");
        Objects.requireNonNull(status, "status == null");
    }

    /**
     * When the entry was booked: BookgDt/DtTm when the bank sent a time, else the start of the
     * booking day in the bank's time zone, which a bare date does not carry and so the caller
     * must say. Null when the entry has no booking date.
     */
    public OffsetDateTime bookedAt(ZoneId bankZone) {
        Objects.requireNonNull(bankZone, "bankZone == null");
        if (bookingDateTime != null) {
            return bookingDateTime;
        }
        return bookingDate == null ? null : bookingDate.atStartOfDay(bankZone).toOffsetDateTime();
    }

    /** The amount with its sign: negative for a debit. */
    BigDecimal signedAmount() {
        return credit ? amount : amount.negate();
    }
}
