/**
 * ATMs and bank branches from OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0): imported from
 * GeoJSON or CSV files, kept by OSM id, and found nearest-first from a position.
 */
package org.sportello.atm;
