package org.sportello.consent.domain.audit;

/** What an audit entry records: a step in a consent's life, or an access to customer data. */
public enum AuditKind {
    /** A chat asked to be linked to a customer. */
    LINK_REQUESTED,
    /** The customer authorised a link, with its scopes. */
    LINK_AUTHORISED,
    /** The customer or the bank refused a link. */
    LINK_REJECTED,
    /** The customer (or the bank) ended a link. */
    LINK_REVOKED,
    /** A link's consent ran out. */
    LINK_EXPIRED,
    /** The customer was reminded that a consent is about to expire. */
    CONSENT_REMINDED,
    /** Customer data was read under a consent. */
    DATA_READ,
    /** A read was refused: no link, scope not granted, or consent expired. */
    DATA_REFUSED,
    /** The customer's data was exported at their request. */
    DATA_EXPORTED,
    /** The customer's data was erased at their request. */
    DATA_ERASED
}
