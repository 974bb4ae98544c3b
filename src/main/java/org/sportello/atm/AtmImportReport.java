package org.sportello.atm;

/** What an import changed: places new to Sportello, places whose tags or position changed, and the rest. */
public record AtmImportReport(String source, int read, int added, int updated, int unchanged, String attribution) {

    public AtmImportReport(String source, int added, int updated, int unchanged) {
        this(source, added + updated + unchanged, added, updated, unchanged, Atm.ATTRIBUTION);
    }
}
