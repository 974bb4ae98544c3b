/**
 * Entity extraction for the assistant's NLU: the periods, amounts, categories, merchants, payees and
 * cards a customer names in a message, each with its exact place in the text. Plain Java, tested with
 * {@code new}; {@link org.sportello.assistant.domain.entities.EntityExtractor} is the entry point.
 */
package org.sportello.assistant.domain.entities;
