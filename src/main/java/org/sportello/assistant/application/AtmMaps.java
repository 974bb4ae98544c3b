package org.sportello.assistant.application;

import org.sportello.assistant.domain.map.AtmMap;

/**
 * Draws the map of a nearest-places answer as a PNG picture for the chat, from the places alone:
 * no map tiles, as there is no network to fetch them from and OpenStreetMap's tile servers may not
 * be hot-linked.
 */
public interface AtmMaps {

    /** The customer as a blue dot, the pins numbered as the answer's lines, the other places as grey dots, a scale bar and the credit. */
    byte[] draw(AtmMap map);
}
