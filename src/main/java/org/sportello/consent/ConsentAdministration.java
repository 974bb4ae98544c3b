package org.sportello.consent;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;

/** The bank's operators' view of consents: list, revoke, and what data rights requests need. */
public interface ConsentAdministration {

    /** Every consent of the customer, newest first, in every state. */
    List<ConsentRecord> consentsOf(CustomerId customer);

    /** Refuses (RequestRefused NOT_FOUND) a consent id that does not exist. */
    void requireKnown(String consentId);

    /** Every consent asked for by this chat identity, newest first. */
    List<ConsentRecord> consentsOf(ChatAddress chat);

    /**
     * Revokes an authorised consent at the bank's request. Unknown id: {@code RequestRefused}
     * NOT_FOUND; not authorised: CONFLICT.
     */
    ConsentRecord revoke(String consentId, String operator);

    /**
     * Erases the chat identity's links (revoking an active one first). The audit trail keeps the
     * record of what was read, under the consent's id, as the law requires. Returns how many were erased.
     */
    int erase(ChatAddress chat, String operator);

    /**
     * Lets an operator read everything the bank holds about the customer, to hand it to them (a
     * data access request). Recorded in the audit trail as DATA_EXPORTED.
     */
    ConsentCheck.Granted exportGrant(CustomerId customer, String operator);

    /** Every chat identity that ever asked to link to the customer. */
    List<ChatAddress> chatsOf(CustomerId customer);

    /** The audit trail's entries about the customer, oldest first. */
    List<AuditView> auditOf(CustomerId customer);

    /** The audit trail's entries about the chat identity's consents, oldest first. */
    List<AuditView> auditOf(ChatAddress chat);

    /** One audit trail entry, as a data export shows it. */
    record AuditView(long seq, Instant recordedAt, String kind, String consentId, Scope scope, String purpose, String actor,
                     String detail) {
    }

    /**
     * A consent as operators see it. The chat identity itself is left out: for the web chat it
     * is the browser's credential.
     */
    record ConsentRecord(String id, String channel, String status, String customer, Set<Scope> scopes, String language,
                         Instant requestedAt, Instant grantedAt, Instant expiresAt, Instant endedAt, String endReason) {
    }
}
