/**
 * ATMs and bank branches from OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0): imported from
 * GeoJSON or CSV files, kept by OSM id, found nearest-first from a position, and told open or closed
 * at an instant from their OSM opening hours.
 */
package org.sportello.atm;
