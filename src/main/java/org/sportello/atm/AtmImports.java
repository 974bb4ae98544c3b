package org.sportello.atm;

import java.io.InputStream;

/** Imports ATMs and branches from a file, for the command line and the admin API. */
public interface AtmImports {

    /** Larger files are refused: Overpass's export of all of Italy's ATMs is about 20 MB. */
    long FILE_BYTES_MAX = 64L * 1024 * 1024;
    /** More places in one file are refused; Europe has about 400,000 ATMs and branches in OSM. */
    int PLACES_MAX = 1_000_000;

    /**
     * Reads the whole file, then upserts every place by OSM id in one transaction and rebuilds the
     * nearest-ATM index. Places missing from the file stay.
     *
     * @param source the file's name, for messages
     * @throws AtmFileRefused naming the line or feature at fault; nothing is written then
     */
    AtmImportReport importFile(AtmFormat format, InputStream content, String source);
}
