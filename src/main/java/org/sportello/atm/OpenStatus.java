package org.sportello.atm;

/**
 * Whether a place is open at an instant, as far as its OSM {@code opening_hours} tell. UNKNOWN when
 * the tag is missing, invalid, or uses what Sportello does not evaluate (public holidays, months,
 * sunrise...): saying "open" or "closed" then could send a customer to a shut door.
 */
public enum OpenStatus {
    OPEN, CLOSED, UNKNOWN
}
