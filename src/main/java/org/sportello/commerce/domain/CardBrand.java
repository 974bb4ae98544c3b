package org.sportello.commerce.domain;

/** The card schemes a merchant may name, with the name a receipt shows. */
public enum CardBrand {
    VISA("Visa"),
    MASTERCARD("Mastercard"),
    MAESTRO("Maestro"),
    AMEX("American Express"),
    DINERS("Diners Club"),
    DISCOVER("Discover"),
    JCB("JCB"),
    UNIONPAY("UnionPay");

    private final String displayName;

    CardBrand(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
