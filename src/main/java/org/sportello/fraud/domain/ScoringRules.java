package org.sportello.fraud.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The settings of fraud scoring, from sportello.fraud (docs/configuration.md). Amounts are in major
 * units of the card's currency; the defaults are the ones the evaluation in docs/fraud.md measured.
 *
 * @param alertThreshold  the score from which a payment is alerted
 * @param holdThreshold   the score from which the card is held; above the alert threshold
 * @param typicalAmount   the usual amount assumed for a card without history, blended with its own
 *                        history as that grows
 * @param tinyAmount      payments up to this much are small (card testing)
 * @param largeAmount     payments from this much are large whatever the card's history
 * @param shortWindow     the velocity window of minutes
 * @param burstWindow     the window in which small and night-time payments count as a burst
 * @param dayWindow       the velocity window of the day
 * @param nightStartHour  the hour night begins in the card holder's zone (22: from 22:00)
 * @param nightEndHour    the hour night ends (4: until 03:59)
 * @param riskyCategories categories where fraud is frequent
 * @param riskyMccs       merchant category codes where fraud is frequent
 * @param travelKmhMax    the fastest plausible speed between two payments in person
 * @param travelKmMin     distances shorter than this are never impossible travel (merchants' positions are rough)
 * @param homeKmMax       payments in person farther than this from home are far from home
 */
public record ScoringRules(double alertThreshold, double holdThreshold, BigDecimal typicalAmount, BigDecimal tinyAmount,
                           BigDecimal largeAmount, Duration shortWindow, Duration burstWindow, Duration dayWindow,
                           int nightStartHour, int nightEndHour, Set<String> riskyCategories, Set<String> riskyMccs,
                           int travelKmhMax, int travelKmMin, int homeKmMax) {

    /** The defaults of sportello.fraud: FraudPropertiesTest keeps the two in step. */
    public static final ScoringRules DEFAULTS = new ScoringRules(0.5, 0.95, new BigDecimal("50.00"), new BigDecimal("20.00"),
            new BigDecimal("250.00"), Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(24), 22, 4,
            Set.of("shopping_net", "misc_net", "grocery_pos"), Set.of("4829", "5967", "6051", "7995"), 900, 300, 500);

    public ScoringRules {
        if (!(alertThreshold > 0 && alertThreshold < holdThreshold && holdThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < alert < hold <= 1, got alert "
                    + alertThreshold + " and hold " + holdThreshold);
        }
        positive("typical-amount", typicalAmount);
        positive("tiny-amount", tinyAmount);
        positive("large-amount", largeAmount);
        if (tinyAmount.compareTo(largeAmount) >= 0) {
            throw new IllegalArgumentException("tiny-amount " + tinyAmount + " must be below large-amount " + largeAmount);
        }
        if (shortWindow.isNegative() || shortWindow.isZero() || shortWindow.compareTo(burstWindow) > 0
                || burstWindow.compareTo(dayWindow) > 0) {
            throw new IllegalArgumentException("windows must satisfy 0 < short <= burst <= day, got " + shortWindow + ", "
                    + burstWindow + ", " + dayWindow);
        }
        hour("night-start-hour", nightStartHour);
        hour("night-end-hour", nightEndHour);
        riskyCategories = Set.copyOf(riskyCategories);
        riskyMccs = Set.copyOf(riskyMccs);
        if (travelKmhMax < 1 || travelKmMin < 0 || homeKmMax < 1) {
            throw new IllegalArgumentException("travel-kmh-max and home-km-max must be positive, travel-km-min not negative");
        }
    }

    boolean isNight(int hour) {
        return nightStartHour <= nightEndHour
                ? hour >= nightStartHour && hour < nightEndHour
                : hour >= nightStartHour || hour < nightEndHour;
    }

    private static void positive(String name, BigDecimal amount) {
        Objects.requireNonNull(amount, name + " == null");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + amount);
        }
    }

    private static void hour(String name, int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException(name + " must be an hour from 0 to 23, got " + hour);
        }
    }
}
