package org.sportello.assistant.domain;

import java.util.Optional;

/**
 * What the customer wants, by the names the NLU and its evaluation use: the codes are the labels of
 * the example files ({@code nlu/intents-*.csv}) and of the learned model.
 */
public enum Intent {
    BALANCE("balance"),
    TRANSACTIONS_RECENT("transactions_recent"),
    SPENDING("spending"),
    COMPARE_SPENDING("compare_spending"),
    LARGEST_EXPENSES("largest_expenses"),
    SUBSCRIPTIONS("subscriptions"),
    CARD_FREEZE("card_freeze"),
    CARD_UNFREEZE("card_unfreeze"),
    CARD_PERKS("card_perks"),
    ATM_NEARBY("atm_nearby"),
    TRANSFER_MONEY("transfer_money"),
    REQUEST_MONEY("request_money"),
    NOTIFICATION_SETTINGS("notification_settings"),
    LINK_ACCOUNT("link_account"),
    UNLINK_ACCOUNT("unlink_account"),
    HUMAN_AGENT("human_agent"),
    HELP("help"),
    GREETING("greeting"),
    THANKS("thanks"),
    GOODBYE("goodbye"),
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
