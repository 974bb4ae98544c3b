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
    // Where online merchants and utilities are registered: card schemes report their seat.
    static final City AMSTERDAM = new City("Amsterdam", new GeoPoint(52.3676, 4.9041));
    static final City STOCKHOLM = new City("Stockholm", new GeoPoint(59.3293, 18.0686));
    static final City LONDON = new City("London", new GeoPoint(51.5072, -0.1276));
    static final City LUXEMBOURG = new City("Luxembourg", new GeoPoint(49.6116, 6.1319));
    static final City BERLIN = new City("Berlin", new GeoPoint(52.5200, 13.4050));
    static final City DUBLIN = new City("Dublin", new GeoPoint(53.3498, -6.2603));
    static final City SAN_DONATO = new City("San Donato Milanese", new GeoPoint(45.4167, 9.2667));
    static final City CARUGATE = new City("Carugate", new GeoPoint(45.5494, 9.3364));
}
