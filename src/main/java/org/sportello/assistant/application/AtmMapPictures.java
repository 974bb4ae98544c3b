package org.sportello.assistant.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sportello.assistant.domain.PlaceQuery;
import org.sportello.assistant.domain.map.AtmMap;
import org.sportello.assistant.domain.map.MapLabels;
import org.sportello.assistant.domain.map.MapPin;
import org.sportello.atm.Atm;
import org.sportello.atm.NearbyAtm;
import org.sportello.notify.Picture;
import org.sportello.notify.Pictures;
import org.sportello.shared.Ellipsis;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The map of a nearest-places answer as a picture it can carry: the places it lists pinned with
 * their lines' numbers, every other known place around as context, drawn and kept where the chats
 * fetch it.
 */
@Component
class AtmMapPictures {

    private final AtmMaps maps;
    private final Pictures pictures;
    private final Replies replies;

    AtmMapPictures(AtmMaps maps, Pictures pictures, Replies replies) {
        this.maps = maps;
        this.pictures = pictures;
        this.replies = replies;
    }

    /**
     * @param shown    the places the answer lists, in its order: the first is numbered {@code query.shown() + 1}
     * @param around   every place near the query's position, whatever its filters: the dots around the pins
     * @param captions the same places in words, numbered ("1. BNP Paribas 46 m"), for the alt text
     */
    Picture nearest(PlaceQuery query, List<NearbyAtm> shown, List<NearbyAtm> around, List<String> captions, Language language) {
        List<MapPin> pins = new ArrayList<>();
        for (NearbyAtm place : shown) {
            pins.add(new MapPin(query.shown() + pins.size() + 1, place.atm().position()));
        }
        // From a place named, the centre is that place, not where the customer is.
        String centre = query.near().map(place -> Ellipsis.cut(place.nameIn(language), MapLabels.LABEL_CHARS_MAX))
                .orElseGet(() -> replies.text("assistant.atm.map-you", language));
        MapLabels labels = new MapLabels(centre, replies.text("assistant.atm.map-north", language));
        byte[] png = maps.draw(new AtmMap(query.from(), pins, others(shown, around), labels));
        return pictures.keep(png, alt(captions, query, language));
    }

    /** Every place around but the pinned ones, for the customer to see where else to go. */
    private static List<GeoPoint> others(List<NearbyAtm> shown, List<NearbyAtm> around) {
        Set<String> pinned = shown.stream().map(place -> place.atm().osmId()).collect(Collectors.toSet());
        return around.stream().map(NearbyAtm::atm).filter(atm -> !pinned.contains(atm.osmId())).map(Atm::position).toList();
    }

    private String alt(List<String> captions, PlaceQuery query, Language language) {
        String places = String.join(", ", captions);
        String alt = query.near().map(place -> replies.text("assistant.atm.map-alt-near", language, place.nameIn(language), places))
                .orElseGet(() -> replies.text("assistant.atm.map-alt", language, places));
        return Ellipsis.cut(alt, Picture.ALT_TEXT_CHARS_MAX);
    }

}
