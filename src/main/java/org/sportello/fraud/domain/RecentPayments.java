package org.sportello.fraud.domain;

/**
 * A card's latest payments, newest last, for the sliding windows: when, how much, and whether each
 * was at night, small or large. Bounded: a card paying more often than the ring holds within the
 * day window has its day counts capped at the ring's size, which is already far beyond suspicious.
 */
final class RecentPayments {

    static final byte NIGHT = 1;
    static final byte TINY = 2;
    static final byte LARGE = 4;

    /**
     * What a card did in the windows before a payment.
     *
     * @param countShort payments within the short window
     * @param countDay   payments within the day window
     * @param sumDay     their total, in minor units
     * @param largeDay   large payments within the day window
     * @param tinyBurst  small payments within the burst window
     * @param nightBurst night-time payments within the burst window
     */
    record Activity(int countShort, int countDay, long sumDay, int largeDay, int tinyBurst, int nightBurst) {
    }

    private final long[] epochSeconds;
    private final long[] amounts;
    private final byte[] flags;
    private int next;
    private int size;

    RecentPayments(int capacity) {
        epochSeconds = new long[capacity];
        amounts = new long[capacity];
        flags = new byte[capacity];
    }

    void add(long epochSecond, long minorUnits, byte flagsOfPayment) {
        epochSeconds[next] = epochSecond;
        amounts[next] = minorUnits;
        flags[next] = flagsOfPayment;
        next = (next + 1) % epochSeconds.length;
        size = Math.min(size + 1, epochSeconds.length);
    }

    /** The activity within each window before {@code nowSecond}, from the newest payment back. */
    Activity before(long nowSecond, long shortSeconds, long burstSeconds, long daySeconds) {
        int countShort = 0;
        int countDay = 0;
        long sumDay = 0;
        int largeDay = 0;
        int tinyBurst = 0;
        int nightBurst = 0;
        for (int i = 1; i <= size; i++) {
            int at = Math.floorMod(next - i, epochSeconds.length);
            long age = nowSecond - epochSeconds[at];
            if (age >= daySeconds) {
                break;
            }
            countDay++;
            sumDay += amounts[at];
            largeDay += (flags[at] & LARGE) != 0 ? 1 : 0;
            if (age < burstSeconds) {
                tinyBurst += (flags[at] & TINY) != 0 ? 1 : 0;
                nightBurst += (flags[at] & NIGHT) != 0 ? 1 : 0;
            }
            countShort += age < shortSeconds ? 1 : 0;
        }
        return new Activity(countShort, countDay, sumDay, largeDay, tinyBurst, nightBurst);
    }

    int size() {
        return size;
    }

    int capacity() {
        return epochSeconds.length;
    }
}
