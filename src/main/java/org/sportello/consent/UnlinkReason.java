package org.sportello.consent;

/** Who or what ended a link, as the chat tells the customer. */
public enum UnlinkReason {
    /** The customer asked in the chat. */
    CUSTOMER,
    /** The bank revoked the consent. */
    BANK,
    /** The messaging platform unlinked the account. */
    PLATFORM,
    /** The consent ran out. */
    EXPIRED,
    /** The authorization code behind the link was used twice; the link is cut as a precaution. */
    SECURITY,
    /** The customer had the chat's data erased: nothing more is said to it either. */
    ERASED
}
