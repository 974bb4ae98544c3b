/**
 * The bank's agents and the customers who asked for a person. Each handover the assistant makes
 * ({@link org.sportello.assistant.HandoverRequested}) opens a conversation that collects what the
 * customer writes from then on; an agent reads the open ones, answers in the customer's own chat
 * and closes them, through the admin API under {@code /api/v1/admin/desk}.
 */
package org.sportello.desk;
