package org.sportello.atm.application;

import java.util.List;
import org.sportello.atm.Atm;
import org.sportello.atm.AtmFileRefused;
import org.sportello.atm.AtmFormat;

/** Reads one file format of places, whole. */
public interface AtmFileReader {

    AtmFormat format();

    /**
     * Every place in the file, in file order.
     *
     * @throws AtmFileRefused naming {@code source}, the line or feature, and the field at fault
     */
    List<Atm> read(String source, String content);
}
