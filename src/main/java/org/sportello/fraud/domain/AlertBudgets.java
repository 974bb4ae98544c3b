package org.sportello.fraud.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sportello.fraud.BudgetFigures;

/**
 * Measures scores given to labelled payments at alert budgets: for each budget the threshold is set
 * from the genuine payments' scores alone, then the fraudulent payments and cards it catches are
 * counted. A payment is alerted when its score is at or above the threshold, as in the scorer.
 * Payments before {@code from} only warmed the cards' state up: they are not measured, and a card
 * whose fraud began before it is left out of the card figures.
 */
public final class AlertBudgets {

    private final double[] scores;
    private final boolean[] fraud;
    private final int from;
    private final double[] genuineDescending;
    private final long frauds;
    /** For each card whose fraud begins at or after {@code from}: its fraudulent payments' indices in time order. */
    private final List<int[]> defraudedCards;

    /**
     * @param scores the score of each payment, in time order
     * @param fraud  whether each was fraudulent
     * @param cards  each payment's card, as a number
     * @param from   the first payment measured
     */
    public AlertBudgets(double[] scores, boolean[] fraud, int[] cards, int from) {
        if (scores.length != fraud.length || scores.length != cards.length || from < 0 || from >= scores.length) {
            throw new IllegalArgumentException("scores, labels and cards must be as many, with from inside them");
        }
        this.scores = scores;
        this.fraud = fraud;
        this.from = from;
        this.genuineDescending = genuineDescending(scores, fraud, from);
        if (genuineDescending.length == 0) {
            throw new IllegalArgumentException("no genuine payment is measured: an alert budget needs some");
        }
        this.frauds = fraud.length - from - genuineDescending.length;
        this.defraudedCards = defraudedCards(fraud, cards, from);
    }

    /** The figures with the threshold set so that at most this share of genuine payments score at or above it. */
    public BudgetFigures at(double budget) {
        if (!(budget > 0 && budget < 1)) {
            throw new IllegalArgumentException("budget must be a share between 0 and 1, got " + budget);
        }
        int allowed = (int) Math.floor(budget * genuineDescending.length + 1e-9);
        double threshold = allowed < genuineDescending.length ? Math.nextUp(genuineDescending[allowed]) : Double.NEGATIVE_INFINITY;
        return measure(budget, threshold);
    }

    /** The figures at a given threshold; the budget is then the share of genuine payments it alerts. */
    public BudgetFigures atThreshold(double threshold) {
        long genuineAlerted = Arrays.stream(genuineDescending).filter(score -> score >= threshold).count();
        return measure((double) genuineAlerted / genuineDescending.length, threshold);
    }

    /** Payments scoring at or above the threshold are alerted, as the scorer's decision has it. */
    private BudgetFigures measure(double budget, double threshold) {
        long alerts = 0;
        long fraudAlerts = 0;
        for (int i = from; i < scores.length; i++) {
            if (scores[i] >= threshold) {
                alerts++;
                fraudAlerts += fraud[i] ? 1 : 0;
            }
        }
        return new BudgetFigures(budget, threshold, alerts, fraudAlerts, (double) fraudAlerts / alerts,
                frauds == 0 ? Double.NaN : (double) fraudAlerts / frauds, cardShare(threshold, Integer.MAX_VALUE),
                cardShare(threshold, 2), medianBeforeFirstAlert(threshold));
    }

    public int genuineMeasured() {
        return genuineDescending.length;
    }

    public long fraudsMeasured() {
        return frauds;
    }

    public int defraudedCards() {
        return defraudedCards.size();
    }

    /** The share of defrauded cards with an alert among their first {@code within} fraudulent payments. */
    private double cardShare(double threshold, int within) {
        if (defraudedCards.isEmpty()) {
            return Double.NaN;
        }
        long caught = defraudedCards.stream().filter(payments -> firstAlerted(payments, threshold) < within).count();
        return (double) caught / defraudedCards.size();
    }

    private double medianBeforeFirstAlert(double threshold) {
        int[] before = defraudedCards.stream().mapToInt(payments -> firstAlerted(payments, threshold))
                .filter(index -> index < Integer.MAX_VALUE).sorted().toArray();
        if (before.length == 0) {
            return Double.NaN;
        }
        int middle = before.length / 2;
        return before.length % 2 == 1 ? before[middle] : (before[middle - 1] + before[middle]) / 2.0;
    }

    /** How many fraudulent payments of the card came before the first alerted one; MAX_VALUE if none was. */
    private int firstAlerted(int[] payments, double threshold) {
        for (int i = 0; i < payments.length; i++) {
            if (scores[payments[i]] >= threshold) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static double[] genuineDescending(double[] scores, boolean[] fraud, int from) {
        double[] genuine = new double[scores.length - from];
        int count = 0;
        for (int i = from; i < scores.length; i++) {
            if (!fraud[i]) {
                genuine[count++] = -scores[i];
            }
        }
        double[] sorted = Arrays.copyOf(genuine, count);
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = -sorted[i];
        }
        return sorted;
    }

    private static List<int[]> defraudedCards(boolean[] fraud, int[] cards, int from) {
        Map<Integer, List<Integer>> byCard = new LinkedHashMap<>();
        for (int i = 0; i < fraud.length; i++) {
            if (fraud[i]) {
                byCard.computeIfAbsent(cards[i], card -> new ArrayList<>()).add(i);
            }
        }
        return byCard.values().stream().filter(payments -> payments.get(0) >= from)
                .map(payments -> payments.stream().mapToInt(Integer::intValue).toArray()).toList();
    }
}
