package org.sportello.fraud;

/**
 * Scores card payments as they stream in. Each call first scores the payment against what its card
 * did before, then remembers it: call it once per payment, in the order they happened, and never for
 * a payment already scored (a redelivery would count twice in the velocity windows).
 */
public interface FraudScoring {

    Assessment assess(CardTransaction payment);
}
