package org.sportello.bank;

import java.time.Instant;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Money;

/**
 * A transaction was booked on a customer's account and its balance changed. Carries only what a
 * notification needs: the account is masked and the card reduced to its last four digits.
 *
 * @param amount       signed: negative for money leaving the account
 * @param merchantName the merchant or counterparty as the customer would recognise it, may be null
 * @param cardLast4    the card used, null when no card was involved
 */
public record TransactionBooked(
        String transactionId,
        String bankReference,
        CustomerId customer,
        String accountId,
        String maskedIban,
        TransactionKind kind,
        Money amount,
        Instant bookedAt,
        String merchantName,
        String mcc,
        String city,
        String cardLast4,
        Money balanceAfter) {
}
