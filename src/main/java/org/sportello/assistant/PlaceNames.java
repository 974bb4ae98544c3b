package org.sportello.assistant;

import java.util.List;
import org.sportello.assistant.domain.entities.PlaceMatcher;
import org.sportello.assistant.domain.entities.PlaceName;
import org.sportello.atm.NamedPlace;
import org.sportello.shared.GeoPoint;

/**
 * The places of a gazetteer a message names, read as the assistant reads them (any spelling, small
 * typos forgiven, postcodes exact): for the command line to try a gazetteer file on sample messages.
 */
public final class PlaceNames {

    /** A place found: the words of the message, the place's local name and where it is. */
    public record Found(String text, String name, GeoPoint position) {
    }

    private final PlaceMatcher matcher;

    private PlaceNames(PlaceMatcher matcher) {
        this.matcher = matcher;
    }

    /** @param places in order of preference: where two share a spelling, the first wins */
    public static PlaceNames of(List<NamedPlace> places) {
        return new PlaceNames(PlaceMatcher.of(places));
    }

    public List<Found> find(String message) {
        return matcher.find(message).stream().map(entity -> {
            PlaceName place = (PlaceName) entity.value();
            return new Found(entity.text(), place.name(), place.position());
        }).toList();
    }
}
