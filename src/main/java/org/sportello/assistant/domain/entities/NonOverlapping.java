package org.sportello.assistant.domain.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Chooses among entities that claim the same text: the longer wins, then the more specific type, then the earlier. */
final class NonOverlapping {

    static final Comparator<Entity> PREFERRED_FIRST = Comparator.comparingInt(Entity::length).reversed()
            .thenComparing(Entity::type)
            .thenComparingInt(Entity::start);

    private NonOverlapping() {
    }

    /** The preferred entities that share no character, sorted by where they start. */
    static List<Entity> select(Collection<Entity> candidates) {
        List<Entity> byPreference = new ArrayList<>(candidates);
        byPreference.sort(PREFERRED_FIRST);
        List<Entity> chosen = new ArrayList<>();
        for (Entity candidate : byPreference) {
            if (chosen.stream().noneMatch(candidate::overlaps)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Entity::start));
        return List.copyOf(chosen);
    }
}
