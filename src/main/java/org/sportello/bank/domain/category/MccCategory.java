package org.sportello.bank.domain.category;

import java.util.Objects;

/**
 * The category of an ISO 18245 merchant category code. A vague code is a catch-all or is used by
 * very different businesses (5814 serves Italian bars and burger chains alike): a keyword in the
 * merchant's name then says more than the code.
 */
public record MccCategory(String mcc, Category category, boolean vague) {

    public MccCategory {
        Objects.requireNonNull(mcc, "mcc == null");
        Objects.requireNonNull(category, "category == null");
        if (!mcc.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("mcc must be 4 digits, got '" + mcc + "'");
        }
    }
}
