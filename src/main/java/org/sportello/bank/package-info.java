/**
 * The bank's side: customers, accounts, cards, balances and booked transactions, the feeds that
 * bring them in, and the demo bank. Publishes {@link org.sportello.bank.TransactionBooked},
 * {@link org.sportello.bank.CardFrozen} and {@link org.sportello.bank.CardUnfrozen}.
 */
package org.sportello.bank;
