package org.sportello.assistant.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sportello.shared.GeoPoint;

/**
 * The last "nearest ATM" question of a chat: where from, which operator, only those open now, and
 * how many were shown. Follow-ups refine it: "solo BNP" / "only BNP", "aperti ora" / "open now",
 * "altri" / "more".
 */
public record PlaceQuery(GeoPoint from, Optional<String> operator, boolean openNow, int shown) {

    private static final Pattern MORE = Pattern.compile("^(altri|altre|altro|ancora|piu|more|show more|next|others|other ones)$");
    private static final Pattern OPEN_NOW = Pattern.compile("^(solo )?(quelli |only )?(aperti|aperto|open)( ora| adesso| now)?$");
    private static final Pattern ONLY = Pattern.compile("^(solo|soltanto|only|just) (?:di |da |the )?(.{2,40})$");

    public PlaceQuery {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(operator, "operator == null");
        if (shown < 0) {
            throw new IllegalArgumentException("shown must not be negative: " + shown);
        }
    }

    public static PlaceQuery from(GeoPoint position) {
        return new PlaceQuery(position, Optional.empty(), false, 0);
    }

    /** The same question refined by a follow-up, or empty when the message is not one. */
    public Optional<PlaceQuery> followedBy(String text, int page) {
        String folded = Interpreter.fold(text);
        if (MORE.matcher(folded).matches()) {
            return Optional.of(new PlaceQuery(from, operator, openNow, shown + page));
        }
        if (OPEN_NOW.matcher(folded).matches()) {
            return Optional.of(new PlaceQuery(from, operator, true, 0));
        }
        Matcher only = ONLY.matcher(folded);
        if (only.matches()) {
            return Optional.of(new PlaceQuery(from, Optional.of(only.group(2)), openNow, 0));
        }
        return Optional.empty();
    }
}
