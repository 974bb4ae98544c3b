/**
 * Suspected card fraud: each booked card payment scored as a stream, alerts from the bank's own
 * fraud system, the customer's "was this you?" answer in the chat (a "no" freezes the card), and
 * escalation to an agent when nobody answers.
 */
package org.sportello.fraud;
