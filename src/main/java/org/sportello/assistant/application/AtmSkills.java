package org.sportello.assistant.application;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.sportello.atm.Atm;
import org.sportello.atm.AtmLocator;
import org.sportello.atm.NearbyAtm;
import org.sportello.atm.OpenSpan;
import org.sportello.atm.OpenStatus;
import org.sportello.assistant.domain.Interpreter;
import org.sportello.assistant.domain.PlaceQuery;
import org.sportello.notify.QuickReply;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The nearest ATMs and branches to where the customer is, from OpenStreetMap's data (credited in
 * every answer, as its licence asks), each with whether it is open now when its hours say. Needs no consent: the customer shared the position, and the
 * places are public.
 */
@Component
class AtmSkills {

    static final int SHOWN = 3;
    /** A walking pace for "minutes on foot": 80 metres a minute, about 4.8 km/h. */
    static final int WALKING_METRES_PER_MINUTE = 80;

    private final AtmLocator locator;
    private final Replies replies;
    private final Clock clock;
    private final AtmMapPictures maps;

    AtmSkills(AtmLocator locator, Replies replies, Clock clock, AtmMapPictures maps) {
        this.locator = locator;
        this.replies = replies;
        this.clock = clock;
        this.maps = maps;
    }

    /** "LOCATION:48.8675,2.3634", as the channels pass a shared position; empty when it is not one. */
    static Optional<GeoPoint> position(String payload, String prefix) {
        String[] parts = payload.substring(prefix.length()).split(",");
        try {
            return parts.length == 2 ? Optional.of(new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])))
                    : Optional.empty();
        } catch (IllegalArgumentException notAPosition) {
            return Optional.empty();
        }
    }

    /** Without a position: how to share one, and the web chat's button that shares it (the platforms leave it out). */
    Answer askPosition(Language language) {
        return Answer.of(replies.text("assistant.atm.ask-position", language),
                List.of(QuickReply.shareLocation(replies.text("assistant.atm.share-location", language))));
    }

    /** A place named that the gazetteer does not know: which places it knows, and how to share a position. */
    Answer unknownPlace(String named, Language language) {
        return Answer.of(replies.text("assistant.atm.unknown-place", language, named), List.of());
    }

    /**
     * The next places of the question: nearest first among the {@link AtmLocator#NEAREST_MAX} nearest,
     * past those already shown, as its filters say, with a map. Lines and pins carry the place's rank in the whole sequence: "more" goes on at 4.
     */
    Answer nearest(PlaceQuery query, Language language) {
        // Filters choose among the 50 nearest places, as the answer says when none passes: asked for
        // "only branches" in Paris, a branch on another continent is no answer.
        List<NearbyAtm> around = locator.nearest(query.from(), AtmLocator.NEAREST_MAX);
        List<NearbyAtm> nearest = around.stream().filter(place -> accepts(query, place.atm())).skip(query.shown()).limit(SHOWN).toList();
        if (nearest.isEmpty()) {
            return Answer.of(replies.text(nothingFound(query), language, AtmLocator.NEAREST_MAX), List.of());
        }
        StringJoiner text = new StringJoiner("\n");
        text.add(query.near().map(place -> replies.text("assistant.atm.header-near", language, place.nameIn(language)))
                .orElseGet(() -> replies.text("assistant.atm.header", language)));
        List<String> captions = new ArrayList<>();
        int number = query.shown();
        for (NearbyAtm place : nearest) {
            number++;
            text.add(line(number, place, language));
            captions.add(replies.text("assistant.atm.map-place", language, number, name(place.atm(), language),
                    distance(place.metres(), language)));
        }
        text.add(replies.text("assistant.atm.credit", language));
        return Answer.of(text.toString(), List.of()).withPicture(Optional.of(maps.nearest(query, nearest, around, captions, language)));
    }

    /** Nothing more after "altri", nothing that passes the filters, or nothing known near here at all. */
    private static String nothingFound(PlaceQuery query) {
        if (query.shown() > 0) {
            return "assistant.atm.no-more";
        }
        boolean filtered = query.operator().isPresent() || query.openNow() || query.kind().isPresent() || query.accessible();
        return filtered ? "assistant.atm.none-matching" : "assistant.atm.none";
    }

    private boolean accepts(PlaceQuery query, Atm atm) {
        boolean operator = query.operator().map(wanted -> fold(atm.operator()).contains(wanted) || fold(atm.name()).contains(wanted))
                .orElse(true);
        return operator && (!query.openNow() || atm.openAt(clock.instant()) == OpenStatus.OPEN)
                && query.kind().map(kind -> atm.kind() == kind).orElse(true)
                && (!query.accessible() || atm.wheelchair() == Atm.Wheelchair.YES);
    }

    private static String fold(String tag) {
        return tag == null ? "" : Interpreter.fold(tag);
    }

    private String line(int number, NearbyAtm place, Language language) {
        Atm atm = place.atm();
        long minutes = Math.max(1, (place.metres() + WALKING_METRES_PER_MINUTE - 1) / WALKING_METRES_PER_MINUTE);
        StringBuilder line = new StringBuilder(replies.text("assistant.atm.line", language, number, nameAndOperator(atm, language),
                distance(place.metres(), language), minutes));
        String address = address(atm);
        if (!address.isEmpty()) {
            line.append(", ").append(address);
        }
        Instant now = clock.instant();
        OpenStatus open = atm.openAt(now);
        if (open != OpenStatus.UNKNOWN) {
            line.append(openness(open, atm.hoursOn(now).orElse(List.of()), language));
        }
        if (atm.wheelchair() == Atm.Wheelchair.YES) {
            line.append(replies.text("assistant.atm.wheelchair", language));
        }
        return line.toString();
    }

    /**
     * ", aperto 24 ore su 24", ", aperto ora (oggi 09:00–12:30, 14:00–17:30)", ", chiuso ora (oggi
     * 14:00–17:30)", ", chiuso oggi": whether it is open now and today's hours in Paris.
     */
    private String openness(OpenStatus open, List<OpenSpan> today, Language language) {
        if (open == OpenStatus.OPEN && today.size() == 1 && today.get(0).isWholeDay()) {
            return replies.text("assistant.atm.open-all-day", language);
        }
        if (open == OpenStatus.CLOSED && today.isEmpty()) {
            return replies.text("assistant.atm.closed-today", language);
        }
        String now = replies.text(open == OpenStatus.OPEN ? "assistant.atm.open" : "assistant.atm.closed", language);
        return today.isEmpty() ? now : now + replies.text("assistant.atm.hours-today", language, OpenSpan.describe(today));
    }

    /** "Agence Opéra (BNP Paribas)": the operator too, when the name does not already say it. */
    private String nameAndOperator(Atm atm, Language language) {
        String name = name(atm, language);
        boolean operatorAdds = present(atm.name()) && present(atm.operator()) && !fold(atm.name()).contains(fold(atm.operator()));
        return operatorAdds ? name + " (" + atm.operator() + ")" : name;
    }

    private String name(Atm atm, Language language) {
        return present(atm.name()) ? atm.name() : present(atm.operator()) ? atm.operator()
                : replies.text(atm.kind() == Atm.Kind.BRANCH ? "assistant.atm.branch" : "assistant.atm.atm", language);
    }

    private static String address(Atm atm) {
        StringJoiner address = new StringJoiner(", ");
        if (present(atm.street())) {
            address.add(atm.street());
        }
        if (present(atm.city())) {
            address.add(atm.city());
        }
        return address.toString();
    }

    /** OpenStreetMap leaves most tags out: an empty field is no field. */
    private static boolean present(String tag) {
        return tag != null && !tag.isBlank();
    }

    /** "350 m", "1,2 km" / "1.2 km". */
    private static String distance(long metres, Language language) {
        if (metres < 1_000) {
            return metres + " m";
        }
        NumberFormat km = NumberFormat.getNumberInstance(language.locale());
        km.setMaximumFractionDigits(1);
        km.setMinimumFractionDigits(1);
        return km.format(metres / 100 / 10.0) + " km";
    }
}
