package org.sportello.bank;

import java.time.Instant;
import org.sportello.shared.CustomerId;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Money;

/**
 * A transaction reached a customer's account, pending or booked, and its available balance
 * changed. Carries only what a notification needs: the account is masked and the card reduced to
 * its last four digits. A pending transaction that is later booked is not announced again.
 *
 * @param amount           signed: negative for money leaving the account
 * @param merchantName     the merchant or counterparty as the customer would recognise it, may be null
 * @param cardLast4        the card used, null when no card was involved
 * @param category         detailed category code, null when not categorised
 * @param originalAmount   the foreign-currency amount as charged ("45.00"), null when in the account's currency
 * @param originalCurrency its currency ("USD"), null when in the account's currency
 * @param balanceAfter     the available balance after the transaction
 * @param location         where a card was used in person, as the merchant's position; null otherwise or when unknown
 */
public record TransactionBooked(
        String transactionId,
        String bankReference,
        CustomerId customer,
        String accountId,
        String maskedIban,
        TransactionKind kind,
        TransactionStatus status,
        Money amount,
        Instant bookedAt,
        String merchantName,
        String mcc,
        String city,
        String cardLast4,
        String category,
        String originalAmount,
        String originalCurrency,
        Money balanceAfter,
        GeoPoint location) {
}
