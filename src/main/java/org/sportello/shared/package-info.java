/**
 * Value types every module speaks: money, IBANs, masked card numbers, customer ids, languages,
 * chat addresses and the id generator; plain Java, no beans.
 */
package org.sportello.shared;
