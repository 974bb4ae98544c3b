/**
 * A customer's cards as the books hold them, and the product catalogue that says what comes with
 * each. Plain Java; the data comes through constructors.
 */
package org.sportello.bank.domain.card;
