package org.sportello.fraud;

import java.util.List;
import java.util.Objects;

/**
 * Why a payment looks suspicious, in a form any language can say: a code naming the message
 * {@code fraud.reason.<code>} and the figures it shows ("14 times this card's usual amount").
 */
public record FraudReason(String code, List<String> figures) {

    /** A figure that is money: "money:EUR:124000", written in each chat's language when sent. */
    public static final String MONEY = "money:";

    public FraudReason {
        Objects.requireNonNull(code, "code == null");
        if (!code.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException("a reason code is 1 to 40 letters, digits, dashes or underscores: '" + code + "'");
        }
        figures = List.copyOf(figures);
    }
}
