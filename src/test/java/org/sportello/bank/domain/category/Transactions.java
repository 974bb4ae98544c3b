package org.sportello.bank.domain.category;

/** Categoriser inputs that read like the bank's own lines: {@code cardPayment("ESSELUNGA MILANO").mcc("5411")}. */
final class Transactions {

    static final String CUSTOMER = "c-giulia";

    private String merchant;
    private String mcc;
    private String counterparty;
    private String remittance;
    private boolean debit;
    private final String kind;
    private String customer = CUSTOMER;

    private Transactions(String kind, boolean debit) {
        this.kind = kind;
        this.debit = debit;
    }

    static Transactions cardPayment(String merchant) {
        return new Transactions("CARD_PAYMENT", true).merchant(merchant);
    }

    static Transactions cardRefund(String merchant) {
        return new Transactions("CARD_REFUND", false).merchant(merchant);
    }

    static Transactions transferOut(String counterparty, String remittance) {
        return new Transactions("TRANSFER_OUT", true).counterparty(counterparty).remittance(remittance);
    }

    static Transactions transferIn(String counterparty, String remittance) {
        return new Transactions("TRANSFER_IN", false).counterparty(counterparty).remittance(remittance);
    }

    static Transactions directDebit(String creditor, String remittance) {
        return new Transactions("DIRECT_DEBIT", true).counterparty(creditor).remittance(remittance);
    }

    static Transactions ofKind(String kind, boolean debit) {
        return new Transactions(kind, debit);
    }

    Transactions merchant(String name) {
        this.merchant = name;
        return this;
    }

    Transactions mcc(String code) {
        this.mcc = code;
        return this;
    }

    Transactions counterparty(String name) {
        this.counterparty = name;
        return this;
    }

    Transactions remittance(String text) {
        this.remittance = text;
        return this;
    }

    Transactions debit(boolean moneyLeaves) {
        this.debit = moneyLeaves;
        return this;
    }

    Transactions customer(String id) {
        this.customer = id;
        return this;
    }

    CategoryInput input() {
        return new CategoryInput(merchant, mcc, counterparty, remittance, debit, kind, customer);
    }
}
