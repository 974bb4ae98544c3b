package org.sportello.bank.domain.category;

/**
 * The categories the categoriser falls back on, resolved once so that a taxonomy without them
 * fails at start-up rather than on the first transaction.
 */
final class Defaults {

    final Category wages;
    final Category withdrawal;
    final Category interestEarned;
    final Category interestCharge;
    final Category otherBankFees;
    private final Category otherMerchandise;
    private final Category transferIn;
    private final Category transferOut;
    private final Category otherServices;
    private final Category otherMoneyIn;

    Defaults(Taxonomy taxonomy) {
        wages = taxonomy.require("INCOME_WAGES");
        withdrawal = taxonomy.require("TRANSFER_OUT_WITHDRAWAL");
        interestEarned = taxonomy.require("INCOME_INTEREST_EARNED");
        interestCharge = taxonomy.require("BANK_FEES_INTEREST_CHARGE");
        otherBankFees = taxonomy.require("BANK_FEES_OTHER_BANK_FEES");
        otherMerchandise = taxonomy.require("GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE");
        transferIn = taxonomy.require("TRANSFER_IN_ACCOUNT_TRANSFER");
        transferOut = taxonomy.require("TRANSFER_OUT_ACCOUNT_TRANSFER");
        otherServices = taxonomy.require("GENERAL_SERVICES_OTHER_GENERAL_SERVICES");
        otherMoneyIn = taxonomy.require("TRANSFER_IN_OTHER_TRANSFER_IN");
    }

    /**
     * When nothing else tells: a card charge or refund is some purchase, a transfer a plain account
     * transfer, a direct debit a service someone bills; an unknown kind goes by direction.
     */
    Category of(Categoriser.Kind kind, boolean debit) {
        return switch (kind) {
            case CARD_PAYMENT, CARD_REFUND -> otherMerchandise;
            case TRANSFER_IN -> transferIn;
            case TRANSFER_OUT -> transferOut;
            case DIRECT_DEBIT -> otherServices;
            default -> debit ? otherMerchandise : otherMoneyIn;
        };
    }
}
