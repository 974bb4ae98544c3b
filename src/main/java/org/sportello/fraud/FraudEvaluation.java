package org.sportello.fraud;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.sportello.fraud.domain.AlertBudgets;
import org.sportello.fraud.domain.CardProfiles;
import org.sportello.fraud.domain.FraudScorer;
import org.sportello.fraud.domain.Observation;
import org.sportello.fraud.domain.ScoringRules;
import org.sportello.fraud.domain.WeightTrainer;
import org.sportello.fraud.domain.Weights;

/**
 * Replays labelled payments in time order through the shipped scorer, as the server would score them,
 * and measures its scores at alert budgets; on request also learns weights with Tribuo on the payments
 * before a date and measures them on the same later payments. Labels are read only after scoring.
 */
public final class FraudEvaluation {

    /** The alert budgets measured: at most 0.5%, 1% and 2% of genuine payments alerted. */
    public static final List<Double> BUDGETS = List.of(0.005, 0.01, 0.02);
    /** Payments between two calls of the replay's progress callback. */
    public static final int PROGRESS_PAYMENTS = 10_000;

    /**
     * A scorer's figures.
     *
     * @param model   which weights: "hand-set" (shipped) or "learned"
     * @param weights each feature's weight and the bias, by name
     * @param budgets the figures at each of {@link #BUDGETS}
     */
    public record Figures(String model, Map<String, Double> weights, List<BudgetFigures> budgets) {

        public BudgetFigures at(double budget) {
            return budgets.stream().filter(figures -> figures.budget() == budget).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no figures at budget " + budget));
        }
    }

    private final List<LabelledPayment> payments;
    private final int from;
    private final List<double[]> features;
    private final AlertBudgets shipped;

    private FraudEvaluation(List<LabelledPayment> payments, int from, double[] shippedScores, List<double[]> features) {
        this.payments = payments;
        this.from = from;
        this.features = features;
        this.shipped = new AlertBudgets(shippedScores, labels(payments), cards(payments), from);
    }

    /**
     * Scores every payment in time order with the shipped weights and default settings.
     *
     * @param measuredFrom payments before this only warm the cards' state up (and train learned
     *                     weights); null measures them all
     */
    public static FraudEvaluation replay(List<LabelledPayment> payments, Instant measuredFrom, LongConsumer progress) {
        FraudScorer scorer = new FraudScorer(ScoringRules.DEFAULTS, Weights.HAND_SET, CardProfiles.unbounded());
        double[] scores = new double[payments.size()];
        List<double[]> features = new ArrayList<>(measuredFrom == null ? 0 : payments.size());
        int from = 0;
        for (int i = 0; i < payments.size(); i++) {
            CardTransaction payment = payments.get(i).payment();
            if (i > 0 && payment.at().isBefore(payments.get(i - 1).payment().at())) {
                throw new IllegalArgumentException("payments must be in time order: " + i + " is before " + (i - 1));
            }
            from += measuredFrom != null && payment.at().isBefore(measuredFrom) ? 1 : 0;
            Observation observation = scorer.observe(payment);
            scores[i] = scorer.assess(observation).score();
            if (measuredFrom != null) {
                features.add(observation.features());
            }
            if ((i + 1) % PROGRESS_PAYMENTS == 0) {
                progress.accept(i + 1);
            }
        }
        return new FraudEvaluation(payments, from, scores, features);
    }

    /** The shipped scorer's figures on the measured payments. */
    public Figures shipped() {
        return figures(Weights.HAND_SET, shipped);
    }

    /** The shipped scorer's figures at the default alert and hold thresholds of sportello.fraud, in that order. */
    public List<BudgetFigures> atDefaultThresholds() {
        return List.of(shipped.atThreshold(ScoringRules.DEFAULTS.alertThreshold()),
                shipped.atThreshold(ScoringRules.DEFAULTS.holdThreshold()));
    }

    /** Weights learned on the payments before the measured ones, and their figures on the measured ones. */
    public Figures learned() {
        if (features.isEmpty()) {
            throw new IllegalStateException("replay with a date to learn weights on the payments before it");
        }
        List<Boolean> fraud = payments.subList(0, from).stream().map(LabelledPayment::fraud).toList();
        Weights learned = WeightTrainer.train("learned", features.subList(0, from), fraud);
        double[] scores = new double[payments.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = learned.score(features.get(i));
        }
        return figures(learned, new AlertBudgets(scores, labels(payments), cards(payments), from));
    }

    public int warmUpPayments() {
        return from;
    }

    public int genuineMeasured() {
        return shipped.genuineMeasured();
    }

    public long fraudsMeasured() {
        return shipped.fraudsMeasured();
    }

    public int defraudedCardsMeasured() {
        return shipped.defraudedCards();
    }

    private static Figures figures(Weights weights, AlertBudgets budgets) {
        Map<String, Double> named = new LinkedHashMap<>();
        weights.asMap().forEach((feature, weight) -> named.put(feature.name(), weight));
        named.put("BIAS", weights.bias());
        return new Figures(weights.name(), named, BUDGETS.stream().map(budgets::at).toList());
    }

    private static boolean[] labels(List<LabelledPayment> payments) {
        boolean[] fraud = new boolean[payments.size()];
        for (int i = 0; i < fraud.length; i++) {
            fraud[i] = payments.get(i).fraud();
        }
        return fraud;
    }

    private static int[] cards(List<LabelledPayment> payments) {
        Map<String, Integer> numbers = new HashMap<>();
        int[] cards = new int[payments.size()];
        for (int i = 0; i < cards.length; i++) {
            cards[i] = numbers.computeIfAbsent(payments.get(i).payment().card(), card -> numbers.size());
        }
        return cards;
    }
}
