package org.sportello.atm;

import java.util.List;

/**
 * The places customers may name instead of sharing their position, read offline from OpenStreetMap
 * data at startup: no online geocoder learns where a customer is.
 */
public interface Gazetteer {

    /** In the order of the files: where two places share a spelling, the first wins. */
    List<NamedPlace> places();
}
