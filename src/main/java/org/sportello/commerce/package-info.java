/**
 * Purchases the customer made with their card, as merchants report them: the order placed (items,
 * totals, the card used, masked), shipped (carrier, tracking), delivered, refunded. Publishes
 * {@link org.sportello.commerce.OrderUpdated}, which becomes a receipt or a shipping update in the
 * customer's linked chats.
 */
package org.sportello.commerce;
