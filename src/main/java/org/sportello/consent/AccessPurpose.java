package org.sportello.consent;

/** Why customer data is read: recorded with every access in the audit trail. */
public enum AccessPurpose {
    /** To answer what the customer asked in the chat. */
    ANSWER,
    /** To tell the customer, unasked, about something on their account. */
    NOTIFICATION,
    /** To hand the customer a copy of their data. */
    EXPORT
}
