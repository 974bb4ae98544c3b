package org.sportello.bank.adapter.in.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One Bal of a report.
 *
 * @param type   Tp/CdOrPrtry/Cd such as OPBD, CLBD, ITBD, CLAV, PRCD (or the proprietary code)
 * @param amount never negative, at the currency's scale; {@code credit} gives the sign
 * @param credit CdtDbtInd CRDT; false (DBIT) means the account is overdrawn by {@code amount}
 * @param date   Dt/Dt, or the date part of Dt/DtTm
 */
public record CamtBalance(String type, BigDecimal amount, String currency, boolean credit, LocalDate date) {

    public CamtBalance {
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(amount, "amount == null");
        Objects.requireNonNull(currency, "currency == null");
        Objects.requireNonNull(date, "date == null");
    }

    /** The amount with its sign: negative for a debit balance. */
    BigDecimal signedAmount() {
        return credit ? amount : amount.negate();
    }
}
