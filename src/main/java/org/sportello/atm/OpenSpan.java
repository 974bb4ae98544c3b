package org.sportello.atm;

import java.util.List;

/**
 * A place open from {@code startMinute} to {@code endMinute} on a day, in minutes from that day's
 * midnight in the place's zone; the end may pass 24:00 into the next morning (22:00 to 02:00 is 1320
 * to 1560).
 */
public record OpenSpan(int startMinute, int endMinute) {

    private static final int DAY_MINUTES = 24 * 60;

    public OpenSpan {
        if (startMinute < 0 || startMinute >= DAY_MINUTES || endMinute <= startMinute || endMinute > 2 * DAY_MINUTES) {
            throw new IllegalArgumentException("an open span starts within the day and ends after it, by the next day's end, got "
                    + startMinute + " to " + endMinute);
        }
    }

    /** The whole day, 00:00 to 24:00. */
    public boolean isWholeDay() {
        return startMinute == 0 && endMinute == DAY_MINUTES;
    }

    /** "09:00–12:30"; "22:00–02:00" past midnight; "00:00–24:00" the whole day. */
    @Override
    public String toString() {
        return clock(startMinute) + "–" + clock(endMinute == DAY_MINUTES ? DAY_MINUTES : endMinute % DAY_MINUTES);
    }

    /** "09:00–12:30, 14:00–17:30". */
    public static String describe(List<OpenSpan> spans) {
        return String.join(", ", spans.stream().map(OpenSpan::toString).toList());
    }

    private static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
