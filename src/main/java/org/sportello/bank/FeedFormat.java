package org.sportello.bank;

import java.util.Locale;
import java.util.Optional;

/** The shapes in which banks deliver account data. */
public enum FeedFormat {
    /** Sportello's JSON batch: {@code {"transactions": [...]}}. */
    JSON("json"),
    /** ISO 20022 camt.053 or camt.054, told apart by the document's namespace. */
    CAMT("camt"),
    /** ISO 20022 camt.053: statements with opening and closing balances. */
    CAMT053("camt053"),
    /** ISO 20022 camt.054: debit and credit notifications, the real-time trigger. */
    CAMT054("camt054"),
    /** A CSV export, read through a column mapping. */
    CSV("csv");

    private final String code;

    FeedFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isCamt() {
        return this == CAMT || this == CAMT053 || this == CAMT054;
    }

    public static Optional<FeedFormat> ofCode(String code) {
        String wanted = code == null ? "" : code.toLowerCase(Locale.ROOT).replace(".", "").replace("-", "");
        for (FeedFormat format : values()) {
            if (format.code.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
