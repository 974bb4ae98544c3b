package org.sportello.bank.domain;

import java.util.regex.Pattern;
import java.util.Objects;
import org.sportello.shared.GeoPoint;

/**
 * Where a card was used: the merchant's name as the acquirer sent it, its ISO 18245 merchant
 * category code, and where it is (both optional: online merchants have no place).
 */
public record Merchant(String name, String mcc, String city, GeoPoint location) {

    private static final Pattern MCC = Pattern.compile("[0-9]{4}");

    public static final int NAME_CHARS_MAX = 140;
    public static final int CITY_CHARS_MAX = 100;

    public Merchant {
        Objects.requireNonNull(name, "merchant name == null");
        if (name.isBlank() || name.length() > NAME_CHARS_MAX) {
            throw new IllegalArgumentException("merchant name must be 1 to " + NAME_CHARS_MAX + " characters");
        }
        if (mcc != null && !MCC.matcher(mcc).matches()) {
            throw new IllegalArgumentException("mcc must be 4 digits, got '" + mcc + "'");
        }
        if (city != null && city.length() > CITY_CHARS_MAX) {
            throw new IllegalArgumentException("city must be at most " + CITY_CHARS_MAX + " characters");
        }
    }
}
