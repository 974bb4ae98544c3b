package org.sportello.assistant.domain;

import java.util.Optional;
import java.util.Set;

/** A typed answer to a yes-or-no question, in Italian or English: "sì", "si certo", "yes please", "no grazie". */
public final class YesNo {

    private static final Set<String> YES = Set.of("si", "sì", "yes", "y", "ok", "okay", "certo", "confermo", "conferma", "va bene",
            "sure", "yep", "yeah", "confirm", "do it", "procedi", "vai", "esatto", "go ahead", "si grazie", "yes please", "certamente");
    private static final Set<String> NO = Set.of("no", "n", "nope", "annulla", "cancel", "lascia stare", "non farlo", "no grazie",
            "no thanks", "don't", "dont", "stop", "niente", "nothing", "lascia perdere", "never mind", "nevermind");

    /** Answers longer than this are not a plain yes or no, whatever words they hold. */
    static final int WORDS_MAX = 3;

    private YesNo() {
    }

    /** True for yes, false for no, empty when the text is neither. */
    public static Optional<Boolean> of(String text) {
        String folded = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}' ]+", " ").strip().replaceAll(" +", " ");
        if (folded.isEmpty() || folded.split(" ").length > WORDS_MAX) {
            return Optional.empty();
        }
        if (YES.contains(folded) || YES.contains(folded.split(" ")[0]) && !NO.contains(folded)) {
            return Optional.of(true);
        }
        if (NO.contains(folded) || NO.contains(folded.split(" ")[0])) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
