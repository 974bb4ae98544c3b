package org.sportello.bank.demo;

import org.sportello.shared.GeoPoint;

/** A city where demo customers live or travel to. */
record City(String name, GeoPoint centre) {

    static final City MILANO = new City("Milano", new GeoPoint(45.4642, 9.1900));
    static final City NAPOLI = new City("Napoli", new GeoPoint(40.8518, 14.2681));
    static final City ROMA = new City("Roma", new GeoPoint(41.9028, 12.4964));
    static final City FIRENZE = new City("Firenze", new GeoPoint(43.7696, 11.2558));
    static final City VENEZIA = new City("Venezia", new GeoPoint(45.4408, 12.3155));
    static final City TORINO = new City("Torino", new GeoPoint(45.0703, 7.6869));
    static final City BOLOGNA = new City("Bologna", new GeoPoint(44.4949, 11.3426));
    static final City PARIS = new City("Paris", new GeoPoint(48.8566, 2.3522));
    static final City BARCELONA = new City("Barcelona", new GeoPoint(41.3874, 2.1686));
}
