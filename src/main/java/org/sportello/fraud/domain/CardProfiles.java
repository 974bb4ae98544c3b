package org.sportello.fraud.domain;

import java.util.HashMap;
import java.util.Map;

/** Where the scorer keeps each card's profile: a bounded cache in the server, a plain map in an evaluation. */
@FunctionalInterface
public interface CardProfiles {

    /** The card's profile, a new empty one for a card not seen (or forgotten). */
    CardProfile of(String card);

    /** Every card remembered for ever, for one thread: an evaluation's replay of a file. */
    static CardProfiles unbounded() {
        Map<String, CardProfile> profiles = new HashMap<>();
        return card -> profiles.computeIfAbsent(card, unused -> new CardProfile());
    }
}
