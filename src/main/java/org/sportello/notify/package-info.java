/**
 * Telling customers what happened: turns bank events and merchants' order updates into messages in
 * the customer's language for every chat they linked with the NOTIFICATIONS scope, and defines
 * {@link org.sportello.notify.MessageToSend}, the one shape of every outbound chat message.
 */
package org.sportello.notify;
