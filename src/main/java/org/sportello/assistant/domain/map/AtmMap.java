package org.sportello.assistant.domain.map;

import java.util.List;
import java.util.Objects;
import org.sportello.shared.GeoPoint;

/**
 * The map of a nearest-places answer: the customer, the places the answer lists as numbered pins,
 * and the other known places nearby as context. The map frames the customer and the pins; the
 * others are drawn where they fall inside that frame.
 *
 * @param customer the position the customer shared
 * @param pins     1 to {@value #PINS_MAX}, in the answer's order
 * @param others   places that are not pinned, at most {@value #OTHERS_MAX}, in any order
 * @param labels   the map's words, in the customer's language
 */
public record AtmMap(GeoPoint customer, List<MapPin> pins, List<GeoPoint> others, MapLabels labels) {

    /** An answer lists three places; more pins would hide each other. */
    public static final int PINS_MAX = 10;
    /** As many as the locator answers in one question, twice over. */
    public static final int OTHERS_MAX = 100;

    public AtmMap {
        Objects.requireNonNull(customer, "customer == null");
        pins = List.copyOf(pins);
        others = List.copyOf(others);
        Objects.requireNonNull(labels, "labels == null");
        if (pins.isEmpty() || pins.size() > PINS_MAX) {
            throw new IllegalArgumentException("a map has 1 to " + PINS_MAX + " pins, got " + pins.size());
        }
        if (others.size() > OTHERS_MAX) {
            throw new IllegalArgumentException("a map has at most " + OTHERS_MAX + " other places, got " + others.size());
        }
    }

    /** The projection that fits the customer and every pin into a picture of this size, {@code marginPx} from each edge. */
    public MapProjection projection(int widthPx, int heightPx, int marginPx) {
        return MapProjection.fitting(customer, pins.stream().map(MapPin::position).toList(), widthPx, heightPx, marginPx);
    }
}
