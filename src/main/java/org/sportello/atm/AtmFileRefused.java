package org.sportello.atm;

import java.util.List;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Violation;

/**
 * A file of ATMs refused whole, before anything is written. The message names the file, where in it
 * (a CSV line, a GeoJSON feature), the field, and what it must be.
 */
public class AtmFileRefused extends RequestRefused {

    public static final String CODE = "invalid-atm-file";

    public AtmFileRefused(String detail, Violation violation) {
        super(Reason.INVALID, CODE, "ATM file refused", detail, violation == null ? List.of() : List.of(violation));
    }

    /** A whole-file problem: too large, not CSV or JSON at all. */
    public AtmFileRefused(String detail) {
        this(detail, null);
    }
}
