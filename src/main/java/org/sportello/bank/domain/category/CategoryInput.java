package org.sportello.bank.domain.category;

/**
 * What the categoriser knows of a transaction. Every text may be null: a card payment has a
 * merchant name and usually an MCC, a transfer a counterparty and a remittance.
 *
 * @param merchantName the merchant name as the acquirer sent it ("AMZN Mktp IT*2K4LK")
 * @param mcc          the ISO 18245 merchant category code
 * @param counterparty the payer or payee of a transfer or direct debit
 * @param remittance   the free text of the transfer or statement line
 * @param debit        whether money leaves the account
 * @param kind         the bank's transaction kind name: CARD_PAYMENT, SALARY, FEE, ...
 * @param customerId   whose transaction it is, for the customer's own overrides
 */
public record CategoryInput(String merchantName, String mcc, String counterparty, String remittance, boolean debit,
                            String kind, String customerId) {
}
