package org.sportello.fraud.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sportello.fraud.Reason;
import org.sportello.fraud.ReasonCode;
import org.sportello.fraud.domain.RecentPayments.Activity;
import org.sportello.shared.Money;

/**
 * Turns the features that raised a score into reasons in the customer's terms. Each reason stands
 * for a group of features; it is told when the group adds at least {@link #POINTS_MIN} to the score
 * under the weights in use, so the reasons always explain the score that was given, strongest first.
 */
final class Explanations {

    /** A group adding less than this to the weighted sum is not worth telling. */
    static final double POINTS_MIN = 0.75;
    /** From this many times its usual amount, a payment is said to be high for the card. */
    static final long TIMES_USUAL_MIN = 2;

    private static final Map<ReasonCode, Feature[]> GROUPS = groups();

    private Explanations() {
    }

    static List<Reason> of(Observation observation, Weights weights, ScoringRules rules) {
        List<Scored> scored = new ArrayList<>(GROUPS.size());
        for (Map.Entry<ReasonCode, Feature[]> group : GROUPS.entrySet()) {
            double points = 0;
            for (Feature feature : group.getValue()) {
                points += weights.weight(feature) * observation.feature(feature);
            }
            if (points >= POINTS_MIN) {
                scored.add(new Scored(reason(group.getKey(), observation, rules), points));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::points).reversed());
        return scored.stream().map(Scored::reason).toList();
    }

    private static Reason reason(ReasonCode code, Observation o, ScoringRules rules) {
        Money amount = o.payment().amount();
        Activity activity = o.activity();
        switch (code) {
            case LARGE_AMOUNT:
                long times = Math.round((double) o.amountMinor() / o.typicalMinor());
                return o.history() >= FeatureExtractor.NEW_CARD_PAYMENTS && times >= TIMES_USUAL_MIN
                        ? Reason.of(ReasonCode.AMOUNT_HIGH_FOR_CARD, amount, times, new Money(o.typicalMinor(), amount.currency()))
                        : Reason.of(ReasonCode.LARGE_AMOUNT, amount);
            case VELOCITY_1H:
                return Reason.of(code, activity.countShort() + 1L, rules.shortWindow().toMinutes());
            case VELOCITY_24H:
                return Reason.of(code, activity.countDay() + 1L, new Money(activity.sumDay() + o.amountMinor(), amount.currency()),
                        rules.dayWindow().toHours());
            case CARD_TESTING:
                return Reason.of(code, activity.tinyBurst() + (o.is(RecentPayments.TINY) ? 1L : 0L),
                        inCurrency(rules.tinyAmount(), amount), rules.burstWindow().toHours());
            case NEW_CATEGORY:
                return Reason.of(code, o.payment().category());
            case NIGHT:
                return Reason.of(code, o.localTime());
            case RISKY_MCC:
                return Reason.of(code, o.risky());
            case IMPOSSIBLE_TRAVEL:
                return Reason.of(code, o.travel().km(), o.travel().minutes(), o.travel().kmh());
            case FAR_FROM_HOME:
                return Reason.of(code, o.homeKm());
            default:
                return Reason.of(code);
        }
    }

    /**
     * The groups of features each reason stands for. The amount's group is filed under LARGE_AMOUNT
     * and told as AMOUNT_HIGH_FOR_CARD when the card has a history to compare with.
     */
    private static Map<ReasonCode, Feature[]> groups() {
        Map<ReasonCode, Feature[]> groups = new EnumMap<>(ReasonCode.class);
        groups.put(ReasonCode.LARGE_AMOUNT, new Feature[] {Feature.AMOUNT_RATIO, Feature.LARGE, Feature.LARGE_AT_NIGHT});
        groups.put(ReasonCode.VELOCITY_1H, new Feature[] {Feature.COUNT_SHORT});
        groups.put(ReasonCode.VELOCITY_24H, new Feature[] {Feature.COUNT_DAY, Feature.SUM_DAY_RATIO, Feature.LARGE_DAY});
        groups.put(ReasonCode.NEW_CATEGORY, new Feature[] {Feature.NEW_CATEGORY, Feature.CATEGORY_SHARE});
        groups.put(ReasonCode.CARD_TESTING, new Feature[] {Feature.TINY, Feature.TINY_AT_NIGHT, Feature.TINY_BURST,
                Feature.MICRO_NEW_CATEGORY});
        groups.put(ReasonCode.NIGHT, new Feature[] {Feature.NIGHT, Feature.NIGHT_BURST});
        groups.put(ReasonCode.RISKY_MCC, new Feature[] {Feature.RISKY, Feature.RISKY_AT_NIGHT});
        groups.put(ReasonCode.IMPOSSIBLE_TRAVEL, new Feature[] {Feature.IMPOSSIBLE_TRAVEL});
        groups.put(ReasonCode.FAR_FROM_HOME, new Feature[] {Feature.FAR_FROM_HOME});
        groups.put(ReasonCode.NEW_CARD, new Feature[] {Feature.NEW_CARD});
        return groups;
    }

    private static Money inCurrency(BigDecimal major, Money of) {
        return Money.of(major.setScale(of.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP), of.currency());
    }

    private record Scored(Reason reason, double points) {
    }
}
