package org.sportello.commerce.application;

import org.sportello.commerce.domain.TrackedOrder;

/**
 * The order after a request, and whether the request changed it (false: the same request came
 * before, and nothing happened this time).
 */
public record OrderResult(TrackedOrder order, boolean changed) {
}
