package org.sportello.assistant.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sportello.assistant.domain.entities.PlaceName;
import org.sportello.atm.Atm;
import org.sportello.shared.Ellipsis;
import org.sportello.shared.GeoPoint;

/**
 * The last "nearest ATM" question of a chat: where from (a shared position, or a place the customer
 * named), which operator, only those open now, and how many were shown. Follow-ups refine it: "solo
 * BNP" / "only BNP", "aperti ora" / "open now", "solo filiali" / "only branches", "solo accessibili"
 * / "wheelchair accessible", "altri" / "more"; naming another place moves it there.
 *
 * @param near       the place named, when the position is the gazetteer's and not the customer's own
 * @param kind       only ATMs or only branches, when asked
 * @param accessible only places OpenStreetMap tags as wheelchair accessible
 */
public record PlaceQuery(GeoPoint from, Optional<PlaceName> near, Optional<String> operator, boolean openNow, int shown,
                         Optional<Atm.Kind> kind, boolean accessible) {

    private static final Pattern MORE = Pattern.compile("^(altri|altre|altro|ancora|piu|more|show more|next|others|other ones)$");
    private static final Pattern OPEN_NOW = Pattern.compile("^(solo )?(quelli |only )?(aperti|aperto|open)( ora| adesso| now)?$");
    private static final Pattern BRANCHES = Pattern.compile(
            "^(solo |soltanto |only |just )?(le |the )?(filiali|filiale|agenzie|branches|bank branches)( only)?$");
    private static final Pattern ATMS = Pattern.compile(
            "^(solo |soltanto |only |just )?(i |gli |the )?(bancomat|atm|atms|cash machines|cashpoints|sportelli automatici)( only)?$");
    private static final Pattern ACCESSIBLE = Pattern.compile("^(solo |soltanto |only |just )?(quelli |the )?(accessibili|accessibile"
            + "|accessibili in sedia a rotelle|accessibili ai disabili|accessible|wheelchair accessible|wheelchair)( ones| only)?$");
    private static final Pattern ONLY = Pattern.compile("^(solo|soltanto|only|just) (?:di |da |the )?(.{2,40})$");
    /**
     * "vicino a X", "nei pressi di X", "near X", "close to X", "près de X": X is where the customer is.
     * Unicode character classes, so that a word boundary before "à côté" is one on every Java version
     * (since Java 19, {@code \b} alone follows ASCII {@code \w}).
     */
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:vicino|nei pressi|in zona|dalle parti|near|close to|next to|nearby|around|près|pres|à côté|a côté|a cote)\\b\\s*(.*?)[\\s?!.]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ARTICLES = Pattern.compile(
            "^(?:(?:a|al|alla|allo|alle|agli|ai|all|di|del|della|dello|dei|delle|to|of|the|de|du|des|la|le|l)\\b['’]?\\s*)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** "vicino a me", "near here": no place named, the customer means where they are. */
    private static final Pattern HERE = Pattern.compile(
            "^(me|te|noi|qui|qua|casa|casa mia|la mia posizione|mia posizione|dove sono|dove mi trovo|here|you|us|my house|my home|home"
                    + "|my location|my place|where i am|moi|ici)( please| pls| per favore| per piacere| now| ora| adesso)?$");
    /** A name echoed back longer than this is cut: the customer wrote a sentence, not a place. */
    public static final int NAMED_CHARS_MAX = 60;

    public PlaceQuery {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(near, "near == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(operator, "operator == null");
        if (shown < 0) {
            throw new IllegalArgumentException("shown must not be negative: " + shown);
        }
    }

    /** Without the kind and accessibility filters. */
    public PlaceQuery(GeoPoint from, Optional<PlaceName> near, Optional<String> operator, boolean openNow, int shown) {
        this(from, near, operator, openNow, shown, Optional.empty(), false);
    }

    public static PlaceQuery from(GeoPoint position) {
        return new PlaceQuery(position, Optional.empty(), Optional.empty(), false, 0);
    }

    public static PlaceQuery near(PlaceName place) {
        return new PlaceQuery(place.position(), Optional.of(place), Optional.empty(), false, 0);
    }

    /** The same filters from another place: "e vicino alla Bastiglia?". */
    public PlaceQuery movedTo(PlaceName place) {
        return new PlaceQuery(place.position(), Optional.of(place), operator, openNow, 0, kind, accessible);
    }

    /**
     * The place a message names after "vicino a", "near"... whether or not the gazetteer knows it, as
     * the customer wrote it; empty when it names none or means where the customer is ("vicino a me").
     */
    public static Optional<String> namedIn(String text) {
        Matcher named = NAMED.matcher(text.strip());
        if (!named.find()) {
            return Optional.empty();
        }
        String place = ARTICLES.matcher(named.group(1)).replaceFirst("").strip();
        if (place.isEmpty() || HERE.matcher(Interpreter.fold(place)).matches()) {
            return Optional.empty();
        }
        return Optional.of(Ellipsis.cut(place, NAMED_CHARS_MAX));
    }

    /** The same question refined by a follow-up, or empty when the message is not one. */
    public Optional<PlaceQuery> followedBy(String text, int page) {
        String folded = Interpreter.fold(text);
        if (MORE.matcher(folded).matches()) {
            return Optional.of(new PlaceQuery(from, near, operator, openNow, shown + page, kind, accessible));
        }
        if (OPEN_NOW.matcher(folded).matches()) {
            return Optional.of(new PlaceQuery(from, near, operator, true, 0, kind, accessible));
        }
        if (BRANCHES.matcher(folded).matches() || ATMS.matcher(folded).matches()) {
            Atm.Kind only = BRANCHES.matcher(folded).matches() ? Atm.Kind.BRANCH : Atm.Kind.ATM;
            return Optional.of(new PlaceQuery(from, near, operator, openNow, 0, Optional.of(only), accessible));
        }
        if (ACCESSIBLE.matcher(folded).matches()) {
            return Optional.of(new PlaceQuery(from, near, operator, openNow, 0, kind, true));
        }
        Matcher only = ONLY.matcher(folded);
        if (only.matches()) {
            return Optional.of(new PlaceQuery(from, near, Optional.of(only.group(2)), openNow, 0, kind, accessible));
        }
        return Optional.empty();
    }
}
