/**
 * The chat channels, outermost layer: turns what arrives from a chat into
 * {@link org.sportello.assistant.CustomerSaid} and delivers {@link org.sportello.notify.MessageToSend}.
 * This slice has the built-in web chat (served at {@code /}, streamed over server-sent events).
 */
package org.sportello.channel;
