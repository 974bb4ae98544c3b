package org.sportello.fraud.domain;

import java.util.Arrays;

/**
 * The last few amounts of a card, in minor units, with their median: a ring in arrival order and
 * the same values kept sorted, so that adding one and reading the median cost a few dozen moves.
 */
final class AmountHistory {

    private final long[] ring;
    private final long[] sorted;
    private int next;
    private int size;

    AmountHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        ring = new long[capacity];
        sorted = new long[capacity];
    }

    void add(long minorUnits) {
        if (size == ring.length) {
            remove(ring[next]);
        }
        ring[next] = minorUnits;
        next = (next + 1) % ring.length;
        insert(minorUnits);
    }

    int size() {
        return size;
    }

    int capacity() {
        return ring.length;
    }

    /** The upper median: of an even count, the larger of the two middle amounts; 0 when empty. */
    long median() {
        return size == 0 ? 0 : sorted[size / 2];
    }

    private void insert(long value) {
        int at = Arrays.binarySearch(sorted, 0, size, value);
        int index = at >= 0 ? at : -at - 1;
        System.arraycopy(sorted, index, sorted, index + 1, size - index);
        sorted[index] = value;
        size++;
    }

    private void remove(long value) {
        int index = Arrays.binarySearch(sorted, 0, size, value);
        if (index < 0) {
            throw new IllegalStateException("amount " + value + " of the ring missing from the sorted copy");
        }
        System.arraycopy(sorted, index + 1, sorted, index, size - index - 1);
        size--;
    }
}
