package org.sportello.atm.application;

import java.util.List;
import org.sportello.atm.Atm;

/** Where places are kept, by OSM id. */
public interface AtmStore {

    /** Every place. */
    List<Atm> all();

    void add(List<Atm> atms);

    /** Replaces each place's fields by its OSM id. */
    void replace(List<Atm> atms);
}
