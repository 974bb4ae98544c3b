package org.sportello.fraud;

/**
 * A file of labelled payments that cannot be read as it is. The message names the file, the line and
 * the field when there are any, what is wrong and what to do, for an operator to fix it.
 */
public class FraudFileRefused extends RuntimeException {

    public FraudFileRefused(String message) {
        super(message);
    }

    public FraudFileRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
