/**
 * The assistant: understands what a customer says in Italian or English, checks consent, answers
 * from the bank's data, and says it is a bot. Receives {@link org.sportello.assistant.CustomerSaid}.
 */
package org.sportello.assistant;
