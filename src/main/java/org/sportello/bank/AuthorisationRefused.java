package org.sportello.bank;

import java.util.Objects;

/** The bank would not exchange an authorization code, and why. */
public class AuthorisationRefused extends RuntimeException {

    public enum Reason {
        UNKNOWN_CODE,
        CODE_EXPIRED,
        CODE_ALREADY_USED,
        REDIRECT_MISMATCH,
        VERIFIER_MISMATCH
    }

    private final Reason reason;

    public AuthorisationRefused(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason == null");
    }

    public Reason reason() {
        return reason;
    }
}
