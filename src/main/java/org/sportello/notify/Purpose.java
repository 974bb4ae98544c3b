package org.sportello.notify;

/** Why a message is sent; platforms' policies treat each differently. */
public enum Purpose {
    /** An answer to something the customer said. */
    REPLY,
    /** An update the customer asked to receive: a transaction, a balance change. */
    NOTIFICATION
}
