package org.sportello.assistant.domain;

import java.util.Optional;

/** What the customer wants, by the names the NLU and its evaluation use. */
public enum Intent {
    BALANCE("balance"),
    TRANSACTIONS_RECENT("transactions_recent"),
    LINK_ACCOUNT("link_account"),
    UNLINK_ACCOUNT("unlink_account"),
    HELP("help"),
    GREETING("greeting"),
    THANKS("thanks"),
    OUT_OF_SCOPE("out_of_scope");

    private final String code;

    Intent(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Intent> ofCode(String code) {
        for (Intent intent : values()) {
            if (intent.code.equals(code)) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }

    /** The quick-reply payload that asks for this intent directly. */
    public String payload() {
        return "INTENT:" + code;
    }
}
