/**
 * The audit trail as plain Java: what is recorded ({@link org.sportello.consent.domain.audit.AuditRecord}), how entries
 * are chained by SHA-256 ({@link org.sportello.consent.domain.audit.AuditChain}) and how a chain is checked
 * ({@link org.sportello.consent.domain.audit.AuditChainVerifier}).
 */
package org.sportello.consent.domain.audit;
