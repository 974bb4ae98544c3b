package org.sportello.assistant.domain.map;

import java.util.Arrays;

/**
 * The bar that says how long a distance on the map is: a round length (50 m, 100 m, 200 m, 500 m,
 * 1 km, 2 km, 5 km and on), the longest that fits the room it is given, so it reads at a glance.
 *
 * @param metres one of {@link #LENGTHS_METRES}
 */
public record ScaleBar(int metres) {

    /** 1, 2 and 5 times powers of ten, from a street to a country: the 50th nearest ATM can be far away. */
    static final int[] LENGTHS_METRES = {50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000,
            1_000_000, 2_000_000, 5_000_000};

    public ScaleBar {
        if (Arrays.stream(LENGTHS_METRES).noneMatch(length -> length == metres)) {
            throw new IllegalArgumentException("a scale bar is a round length from 50 m to 5,000 km, got " + metres + " m");
        }
    }

    /**
     * The longest round length at most {@code lengthPxMax} long at this scale; the shortest when
     * none fits, which a map of at least {@link MapProjection#SPAN_METRES_MIN} never needs.
     */
    public static ScaleBar fitting(double metresPerPixel, double lengthPxMax) {
        if (!(metresPerPixel > 0) || !(lengthPxMax > 0)) {
            throw new IllegalArgumentException("metresPerPixel and lengthPxMax must be positive, got " + metresPerPixel + " and "
                    + lengthPxMax);
        }
        int fitting = LENGTHS_METRES[0];
        for (int metres : LENGTHS_METRES) {
            if (metres / metresPerPixel <= lengthPxMax) {
                fitting = metres;
            }
        }
        return new ScaleBar(fitting);
    }

    /** How long the bar is drawn at this scale. */
    public double lengthPx(double metresPerPixel) {
        return metres / metresPerPixel;
    }

    /** "500 m", "2 km": the same in Italian and English, as the answer's distances. */
    public String label() {
        return metres < 1_000 ? metres + " m" : metres / 1_000 + " km";
    }
}
