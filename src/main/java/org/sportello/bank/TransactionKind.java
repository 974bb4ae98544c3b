package org.sportello.bank;

/** What a booked transaction is, as the bank's systems classify it, and which way its money goes. */
public enum TransactionKind {
    CARD_PAYMENT(Flow.OUT),
    CARD_REFUND(Flow.IN),
    CASH_WITHDRAWAL(Flow.OUT),
    TRANSFER_IN(Flow.IN),
    TRANSFER_OUT(Flow.OUT),
    SALARY(Flow.IN),
    DIRECT_DEBIT(Flow.OUT),
    FEE(Flow.OUT),
    INTEREST(Flow.EITHER);

    /** Which way the money of a kind may move. */
    public enum Flow { IN, OUT, EITHER }

    private final Flow flow;

    TransactionKind(Flow flow) {
        this.flow = flow;
    }

    public Flow flow() {
        return flow;
    }

    /** Whether money leaving ({@code debit}) or arriving fits this kind. */
    public boolean allows(boolean debit) {
        return flow == Flow.EITHER || (flow == Flow.OUT) == debit;
    }
}
