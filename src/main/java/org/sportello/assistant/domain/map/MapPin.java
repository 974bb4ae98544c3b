package org.sportello.assistant.domain.map;

import java.util.Objects;
import org.sportello.shared.GeoPoint;

/**
 * A place of the answer on the map, with the number its line has in the text, so the customer can
 * tell which pin is which.
 *
 * @param number the place's rank in the whole answer sequence: 4 to 6 for the second page of "more"
 */
public record MapPin(int number, GeoPoint position) {

    /** Two digits fit in a pin's head; the locator answers far fewer places. */
    public static final int NUMBER_MAX = 99;

    public MapPin {
        if (number < 1 || number > NUMBER_MAX) {
            throw new IllegalArgumentException("pin number must be 1 to " + NUMBER_MAX + ", got " + number);
        }
        Objects.requireNonNull(position, "position == null");
    }
}
