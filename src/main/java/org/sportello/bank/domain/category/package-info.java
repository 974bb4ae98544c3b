/**
 * What each bank transaction is: a two-level spending taxonomy, the brand dictionary that turns an
 * acquirer's merchant string into a name, and the categoriser that picks a category from the
 * customer's own choice, merchant rules, the merchant category code, keywords or a default.
 * Plain Java; the data comes through constructors.
 */
package org.sportello.bank.domain.category;
