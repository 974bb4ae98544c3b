package org.sportello.assistant.domain.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sportello.atm.NamedPlace;

/**
 * Finds the gazetteer's places in a message, by any of their spellings in any language: "vicino a
 * Place de la Republique", "near the Eiffel Tower", "piazza della repubblica", "75011". Case, accents,
 * spacing and small typos do not matter, as for merchants ({@link FuzzyNames}); a postcode must be
 * exact.
 */
public final class PlaceMatcher {

    /** A place and every way of writing it. */
    public record Spelled(PlaceName place, List<String> spellings) {

        public Spelled {
            Objects.requireNonNull(place, "place == null");
            spellings = List.copyOf(spellings);
        }
    }

    /** Knows no place: for tests and installations without a gazetteer. */
    public static final PlaceMatcher NONE = new PlaceMatcher(List.of());

    private final List<PlaceName> places;
    private final FuzzyNames names;

    /** @param places in order of preference: where two share a spelling, the first wins */
    public PlaceMatcher(List<Spelled> places) {
        Objects.requireNonNull(places, "places == null");
        this.places = places.stream().map(Spelled::place).toList();
        Map<String, String> indexBySpelling = new LinkedHashMap<>();
        for (int i = 0; i < places.size(); i++) {
            String index = Integer.toString(i);
            places.get(i).spellings().forEach(spelling -> indexBySpelling.putIfAbsent(spelling, index));
        }
        this.names = new FuzzyNames(indexBySpelling, FuzzyNames.PLACE_SPELLINGS_MAX);
    }

    /** The gazetteer's places, each by its names, aliases and postcode, in the gazetteer's order. */
    public static PlaceMatcher of(List<NamedPlace> gazetteer) {
        return new PlaceMatcher(gazetteer.stream()
                .map(place -> new Spelled(new PlaceName(place.name(), place.localNames(), place.position()), place.spellings()))
                .toList());
    }

    public List<Entity> find(String message) {
        return find(FoldedText.of(message));
    }

    List<Entity> find(FoldedText text) {
        return names.find(text).stream()
                .map(found -> text.entity(places.get(Integer.parseInt(found.canonical())), found.start(), found.end()))
                .toList();
    }
}
