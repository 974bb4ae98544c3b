package org.sportello.shared;

/** Where new identifiers come from, injected so that tests can make them predictable. */
@FunctionalInterface
public interface IdGenerator {

    /** A new identifier, unique across nodes and restarts. */
    String newId();
}
