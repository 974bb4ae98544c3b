package org.sportello.atm;

/** An ATM and its great-circle distance from where the customer is, in whole metres. */
public record NearbyAtm(Atm atm, long metres) {
}
