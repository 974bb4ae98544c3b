package org.sportello.bank.adapter.in.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.sportello.bank.adapter.in.camt.CamtEntry.Status;

/**
 * The {@link CamtEntry} a test expects, written field by field; whatever a test does not name is
 * null or false, so equality with the read entry checks every field.
 */
final class ExpectedEntry {

    private final BigDecimal amount;
    private final boolean credit;
    private int line;
    private int index;
    private String currency = "EUR";
    private Status status = Status.BOOKED;
    private boolean reversal;
    private LocalDate bookingDate;
    private OffsetDateTime bookingDateTime;
    private LocalDate valueDate;
    private String reference;
    private String code;
    private String endToEndId;
    private String counterpartyName;
    private String counterpartyIban;
    private String remittance;
    private String purpose;
    private String card;
    private String mcc;
    private BigDecimal originalAmount;
    private String originalCurrency;
    private BigDecimal exchangeRate;
    private String reversedReference;

    private ExpectedEntry(String amount, boolean credit) {
        this.amount = new BigDecimal(amount);
        this.credit = credit;
    }

    static ExpectedEntry aDebit(String amount) {
        return new ExpectedEntry(amount, false);
    }

    static ExpectedEntry aCredit(String amount) {
        return new ExpectedEntry(amount, true);
    }

    ExpectedEntry at(int entryLine, int entryIndex) {
        this.line = entryLine;
        this.index = entryIndex;
        return this;
    }

    ExpectedEntry in(String entryCurrency) {
        this.currency = entryCurrency;
        return this;
    }

    ExpectedEntry status(Status entryStatus) {
        this.status = entryStatus;
        return this;
    }

    ExpectedEntry reversing(String originalReference) {
        this.reversal = true;
        this.reversedReference = originalReference;
        return this;
    }

    ExpectedEntry bookedOn(String date) {
        this.bookingDate = LocalDate.parse(date);
        return this;
    }

    ExpectedEntry bookedAt(String dateTime) {
        this.bookingDateTime = OffsetDateTime.parse(dateTime);
        this.bookingDate = bookingDateTime.toLocalDate();
        return this;
    }

    ExpectedEntry valued(String date) {
        this.valueDate = LocalDate.parse(date);
        return this;
    }

    ExpectedEntry reference(String accountServicerReference) {
        this.reference = accountServicerReference;
        return this;
    }

    ExpectedEntry code(String bankTransactionCode) {
        this.code = bankTransactionCode;
        return this;
    }

    ExpectedEntry endToEnd(String id) {
        this.endToEndId = id;
        return this;
    }

    ExpectedEntry counterparty(String name) {
        this.counterpartyName = name;
        return this;
    }

    ExpectedEntry counterparty(String name, String iban) {
        this.counterpartyName = name;
        this.counterpartyIban = iban;
        return this;
    }

    ExpectedEntry remittance(String text) {
        this.remittance = text;
        return this;
    }

    ExpectedEntry purpose(String code) {
        this.purpose = code;
        return this;
    }

    ExpectedEntry card(String last4) {
        this.card = last4;
        return this;
    }

    ExpectedEntry mcc(String merchantCategory) {
        this.mcc = merchantCategory;
        return this;
    }

    ExpectedEntry originally(String foreignAmount, String foreignCurrency, String rate) {
        this.originalAmount = foreignAmount == null ? null : new BigDecimal(foreignAmount);
        this.originalCurrency = foreignCurrency;
        this.exchangeRate = rate == null ? null : new BigDecimal(rate);
        return this;
    }

    CamtEntry build() {
        return new CamtEntry(line, index, amount, currency, credit, status, reversal, bookingDate, bookingDateTime,
                valueDate, reference, code, endToEndId, counterpartyName, counterpartyIban, remittance, purpose, card, mcc,
                originalAmount, originalCurrency, exchangeRate, reversedReference);
    }
}
