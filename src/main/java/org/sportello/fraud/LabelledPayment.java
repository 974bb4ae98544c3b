package org.sportello.fraud;

import java.util.Objects;

/**
 * A payment of a data set whose truth is known: for measuring the scorer, never for scoring it.
 *
 * @param payment the payment as the scorer sees it
 * @param fraud   whether it was fraudulent
 */
public record LabelledPayment(CardTransaction payment, boolean fraud) {

    public LabelledPayment {
        Objects.requireNonNull(payment, "payment == null");
    }
}
