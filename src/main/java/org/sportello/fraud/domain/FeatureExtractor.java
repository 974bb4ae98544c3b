package org.sportello.fraud.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import org.sportello.fraud.CardTransaction;
import org.sportello.fraud.domain.Observation.Travel;
import org.sportello.fraud.domain.RecentPayments.Activity;
import org.sportello.shared.GeoPoint;

/**
 * Measures a payment against its card's profile ({@link #observe}) and then adds it to the profile
 * ({@link #remember}): causal by construction, since the features never see the payment they score.
 */
final class FeatureExtractor {

    /** The assumed usual amount weighs as much as this many of the card's own payments. */
    static final int PRIOR_PAYMENTS = 4;
    /** Below this many payments a card is new. */
    static final int NEW_CARD_PAYMENTS = 3;
    /** A category is new to a card only once the card has this many payments to compare with. */
    static final int CATEGORY_HISTORY_MIN = 8;
    /** Currencies have 0 to 4 decimals (ISO 4217: CLF has 4). */
    static final int DECIMALS_MAX = 4;
    /** A micro-payment, in major units: what a card test costs (a euro or two), below any everyday purchase's price. */
    static final BigDecimal MICRO_AMOUNT_MAJOR = new BigDecimal("2.00");
    static final int SECONDS_PER_DAY = 86_400;

    private final ScoringRules rules;
    private final long shortSeconds;
    private final long burstSeconds;
    private final long daySeconds;
    private final long[] typicalByDecimals;
    private final long[] tinyByDecimals;
    private final long[] microByDecimals;
    private final long[] largeByDecimals;

    FeatureExtractor(ScoringRules rules) {
        this.rules = rules;
        shortSeconds = rules.shortWindow().toSeconds();
        burstSeconds = rules.burstWindow().toSeconds();
        daySeconds = rules.dayWindow().toSeconds();
        typicalByDecimals = minorUnits(rules.typicalAmount());
        tinyByDecimals = minorUnits(rules.tinyAmount());
        microByDecimals = minorUnits(MICRO_AMOUNT_MAJOR);
        largeByDecimals = minorUnits(rules.largeAmount());
    }

    Observation observe(CardProfile profile, CardTransaction payment) {
        int decimals = payment.amount().currency().getDefaultFractionDigits();
        long amount = payment.amount().minorUnits();
        long typical = typical(profile.amounts(), typicalByDecimals[decimals]);
        long epochSecond = payment.at().getEpochSecond();
        int secondOfDay = localSecondOfDay(payment);
        byte flags = (byte) ((rules.isNight(secondOfDay / 3_600) ? RecentPayments.NIGHT : 0)
                | (amount <= tinyByDecimals[decimals] ? RecentPayments.TINY : 0)
                | (amount >= largeByDecimals[decimals] ? RecentPayments.LARGE : 0));
        Activity activity = profile.recent().before(epochSecond, shortSeconds, burstSeconds, daySeconds);
        String risky = rules.riskyCategories().contains(payment.category()) ? payment.category()
                : payment.mcc() != null && rules.riskyMccs().contains(payment.mcc()) ? payment.mcc() : null;
        Travel travel = travel(profile, payment);
        long homeKm = payment.cardPresent() && payment.home() != null && payment.merchantLocation() != null
                ? Math.round(Distances.km(payment.home(), payment.merchantLocation())) : -1;
        // The figures first, then the features computed from them into the record's own array.
        Observation observation = new Observation(payment, amount, typical, profile.payments(), activity, secondOfDay, flags,
                risky, travel, homeKm, new double[Feature.COUNT]);
        fill(observation, profile);
        return observation;
    }

    void remember(CardProfile profile, Observation observation) {
        CardTransaction payment = observation.payment();
        GeoPoint inPerson = payment.cardPresent() ? payment.merchantLocation() : null;
        profile.record(payment.at().getEpochSecond(), observation.amountMinor(), payment.category(), observation.flags(), inPerson);
    }

    private void fill(Observation o, CardProfile profile) {
        double[] x = o.features();
        double night = o.is(RecentPayments.NIGHT) ? 1 : 0;
        double large = o.is(RecentPayments.LARGE) ? 1 : 0;
        double tiny = o.is(RecentPayments.TINY) ? 1 : 0;
        double risky = o.risky() != null ? 1 : 0;
        Activity activity = o.activity();
        CategoryHistory categories = profile.categories();
        int sameCategory = categories.count(o.payment().category());
        x[Feature.AMOUNT_RATIO.ordinal()] = Math.max(0, Math.log((double) o.amountMinor() / o.typicalMinor()));
        x[Feature.LARGE.ordinal()] = large;
        x[Feature.LARGE_AT_NIGHT.ordinal()] = large * night;
        x[Feature.TINY.ordinal()] = tiny;
        x[Feature.TINY_AT_NIGHT.ordinal()] = tiny * night;
        boolean newCategory = o.history() >= CATEGORY_HISTORY_MIN && sameCategory == 0;
        x[Feature.MICRO_NEW_CATEGORY.ordinal()] = newCategory && o.amountMinor() <= microByDecimals[o.payment().amount().currency()
                .getDefaultFractionDigits()] ? 1 : 0;
        x[Feature.NIGHT.ordinal()] = night;
        x[Feature.COUNT_SHORT.ordinal()] = activity.countShort();
        x[Feature.COUNT_DAY.ordinal()] = activity.countDay();
        x[Feature.SUM_DAY_RATIO.ordinal()] = Math.log1p((double) activity.sumDay() / o.typicalMinor());
        x[Feature.LARGE_DAY.ordinal()] = activity.largeDay();
        x[Feature.TINY_BURST.ordinal()] = activity.tinyBurst();
        x[Feature.NIGHT_BURST.ordinal()] = activity.nightBurst();
        x[Feature.NEW_CATEGORY.ordinal()] = newCategory ? 1 : 0;
        x[Feature.CATEGORY_SHARE.ordinal()] = categories.size() == 0 ? 0 : (double) sameCategory / categories.size();
        x[Feature.NEW_CARD.ordinal()] = o.history() < NEW_CARD_PAYMENTS ? 1 : 0;
        x[Feature.RISKY.ordinal()] = risky;
        x[Feature.RISKY_AT_NIGHT.ordinal()] = risky * night;
        x[Feature.IMPOSSIBLE_TRAVEL.ordinal()] = o.travel() != null && o.travel().km() >= rules.travelKmMin()
                && o.travel().kmh() > rules.travelKmhMax() ? 1 : 0;
        x[Feature.FAR_FROM_HOME.ordinal()] = o.homeKm() >= rules.homeKmMax() ? 1 : 0;
    }

    /** The card's median blended with the assumed usual amount, which fades as the card's own history grows. */
    private static long typical(AmountHistory amounts, long prior) {
        int n = amounts.size();
        return Math.max(1, (n * amounts.median() + PRIOR_PAYMENTS * prior) / (n + PRIOR_PAYMENTS));
    }

    private Travel travel(CardProfile profile, CardTransaction payment) {
        GeoPoint previous = profile.lastInPersonLocation();
        if (!payment.cardPresent() || payment.merchantLocation() == null || previous == null) {
            return null;
        }
        double km = Distances.km(previous, payment.merchantLocation());
        long seconds = Math.max(60, payment.at().getEpochSecond() - profile.lastInPersonEpochSecond());
        return new Travel(Math.round(km), seconds / 60, Math.round(km * 3_600 / seconds));
    }

    private static int localSecondOfDay(CardTransaction payment) {
        Instant at = payment.at();
        ZoneOffset offset = payment.zone().getRules().getOffset(at);
        return (int) Math.floorMod(at.getEpochSecond() + offset.getTotalSeconds(), (long) SECONDS_PER_DAY);
    }

    private static long[] minorUnits(BigDecimal major) {
        long[] byDecimals = new long[DECIMALS_MAX + 1];
        for (int decimals = 0; decimals <= DECIMALS_MAX; decimals++) {
            byDecimals[decimals] = major.movePointRight(decimals).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        return byDecimals;
    }
}
