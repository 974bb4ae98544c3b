package org.sportello.fraud.domain;

/** The categories of a card's last few payments, oldest overwritten first. */
final class CategoryHistory {

    private final String[] ring;
    private int next;
    private int size;

    CategoryHistory(int capacity) {
        ring = new String[capacity];
    }

    void add(String category) {
        ring[next] = category;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    /** How many of the remembered payments were in this category. */
    int count(String category) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (ring[i].equals(category)) {
                count++;
            }
        }
        return count;
    }

    int size() {
        return size;
    }

    int capacity() {
        return ring.length;
    }
}
