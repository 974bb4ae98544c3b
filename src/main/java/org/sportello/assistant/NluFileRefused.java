package org.sportello.assistant;

/**
 * A file of training examples, or a model file, that cannot be used as it is. The message names the
 * file, the line when there is one, what is wrong and what to do, for an operator to fix it.
 */
public class NluFileRefused extends RuntimeException {

    public NluFileRefused(String message) {
        super(message);
    }

    public NluFileRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
