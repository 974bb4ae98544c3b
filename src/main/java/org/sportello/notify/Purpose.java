package org.sportello.notify;

/** Why a message is sent; platforms' policies treat each differently. */
public enum Purpose {
    /** An answer to something the customer said. */
    REPLY,
    /** An update the customer asked to receive: a transaction, a balance change. */
    NOTIFICATION,
    /** About the customer's link and consent: linked, unlinked, about to expire. */
    ACCOUNT,
    /** A receipt or a shipping update of a purchase. */
    POST_PURCHASE,
    /** Marketing. Never sent outside a platform's messaging window. */
    PROMOTION,
    /** A person at the bank answering the customer who asked for one. */
    AGENT
}
