/**
 * Reads the bank's ISO 20022 camt.053 statements and camt.054 debit/credit notifications into
 * plain records, streaming and bounded, refusing malformed or hostile XML with the element and
 * line at fault.
 */
package org.sportello.bank.adapter.in.camt;
