/**
 * What a nearest-places map shows, as plain values: where the customer is, the numbered places of
 * the answer, the other places around, and the projection that puts them on a picture true to
 * scale. Drawing it is an adapter's job.
 */
package org.sportello.assistant.domain.map;
