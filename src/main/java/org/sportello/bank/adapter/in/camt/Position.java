package org.sportello.bank.adapter.in.camt;

/** A place in the document, 1-based, as the bank's own editor would show it. */
record Position(int line, int column) {

    static final Position START = new Position(1, 1);
}
