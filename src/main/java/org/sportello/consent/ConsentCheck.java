package org.sportello.consent;

import org.sportello.shared.Scope;
import org.sportello.bank.Grant;
import org.sportello.shared.CustomerId;

/** The answer to "may this chat read this kind of customer data now?". */
public sealed interface ConsentCheck {

    /**
     * Yes: this link, for this customer. Also the bank's {@link Grant}: the only key to its read
     * methods, made here and nowhere else.
     */
    record Granted(String linkId, CustomerId customer, Scope scope) implements ConsentCheck, Grant {
    }

    /** No, and why, so the chat can say what to do. */
    record Refused(Reason reason, Scope scope) implements ConsentCheck {
    }

    enum Reason {
        /** The chat identity is linked to no customer. */
        NOT_LINKED,
        /** Linked, but the customer did not grant this scope. */
        SCOPE_NOT_GRANTED,
        /** The consent ran out; the customer must renew it. */
        EXPIRED
    }
}
