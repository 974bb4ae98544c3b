package org.sportello.fraud.domain;

import org.sportello.shared.GeoPoint;

/**
 * What the scorer remembers of one card, in fixed-size rings whatever the card does: its last
 * {@value #HISTORY_PAYMENTS} amounts and categories, its last {@value #WINDOW_PAYMENTS_MAX} payments
 * for the velocity windows, and where and when it was last used in person. Not thread-safe: the
 * scorer locks it while it reads and updates it.
 */
public final class CardProfile {

    /** Payments whose amount and category make the card's usual behaviour. */
    static final int HISTORY_PAYMENTS = 32;
    /** Payments kept for the windows: more than a genuine card makes in a day. */
    static final int WINDOW_PAYMENTS_MAX = 64;

    private final AmountHistory amounts = new AmountHistory(HISTORY_PAYMENTS);
    private final CategoryHistory categories = new CategoryHistory(HISTORY_PAYMENTS);
    private final RecentPayments recent = new RecentPayments(WINDOW_PAYMENTS_MAX);
    private int payments;
    private long lastInPersonEpochSecond;
    private GeoPoint lastInPersonLocation;

    /** Remembers a scored payment; the flags say whether it was at night, small or large. */
    void record(long epochSecond, long minorUnits, String category, byte flags, GeoPoint inPersonLocation) {
        amounts.add(minorUnits);
        categories.add(category);
        recent.add(epochSecond, minorUnits, flags);
        if (payments < Integer.MAX_VALUE) {
            payments++;
        }
        if (inPersonLocation != null) {
            lastInPersonEpochSecond = epochSecond;
            lastInPersonLocation = inPersonLocation;
        }
    }

    /** Payments seen, saturating at Integer.MAX_VALUE. */
    public int payments() {
        return payments;
    }

    /** The sizes of the rings, for checking that they stay bounded. */
    public int remembered() {
        return amounts.size() + categories.size() + recent.size();
    }

    /** The most the rings ever hold. */
    public static int rememberedMax() {
        return HISTORY_PAYMENTS * 2 + WINDOW_PAYMENTS_MAX;
    }

    AmountHistory amounts() {
        return amounts;
    }

    CategoryHistory categories() {
        return categories;
    }

    RecentPayments recent() {
        return recent;
    }

    long lastInPersonEpochSecond() {
        return lastInPersonEpochSecond;
    }

    GeoPoint lastInPersonLocation() {
        return lastInPersonLocation;
    }
}
