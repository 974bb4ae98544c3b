package org.sportello.assistant.domain.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;

/** Ranks a chart's entries and folds the ones that do not fit into one "Other" bar. */
final class LargestFirst {

    private LargestFirst() {
    }

    /**
     * The entries, largest first (ties by label, so the same data always draws the same chart). Beyond
     * {@code namedMax + 1} entries, the first {@code namedMax} and then the rest merged into one, last;
     * with exactly one too many, that one keeps its name: an "Other" of a single entry hides it for nothing.
     *
     * @param merge adds the second entry into the first, under the "Other" label
     */
    static <T> List<T> fold(List<T> entries, Comparator<T> largestFirst, int namedMax, BinaryOperator<T> merge) {
        List<T> ranked = new ArrayList<>(entries);
        ranked.sort(largestFirst);
        if (ranked.size() <= namedMax + 1) {
            return List.copyOf(ranked);
        }
        List<T> folded = new ArrayList<>(ranked.subList(0, namedMax));
        T other = ranked.get(namedMax);
        for (T entry : ranked.subList(namedMax + 1, ranked.size())) {
            other = merge.apply(other, entry);
        }
        folded.add(other);
        return List.copyOf(folded);
    }
}
