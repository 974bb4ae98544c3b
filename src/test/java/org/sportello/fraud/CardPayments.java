package org.sportello.fraud;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.sportello.shared.GeoPoint;
import org.sportello.shared.Money;

/** Card payments for tests, reading as sentences: {@code aPayment().of("12.50").at("2023-03-01T10:15:00Z").build()}. */
public final class CardPayments {

    public static final String CARD = "card-1";
    public static final ZoneId ROME = ZoneId.of("Europe/Rome");
    public static final GeoPoint MILAN = new GeoPoint(45.4642, 9.19);
    public static final GeoPoint ROME_CENTRE = new GeoPoint(41.9028, 12.4964);
    public static final GeoPoint NEW_YORK = new GeoPoint(40.7128, -74.006);

    private String card = CARD;
    private Money amount = Money.eur("40.00");
    private Instant at = Instant.parse("2023-03-01T10:00:00Z");
    private ZoneId zone = ROME;
    private String category = "grocery_pos";
    private String mcc;
    private boolean cardPresent = true;
    private GeoPoint merchantLocation = MILAN;
    private GeoPoint home = MILAN;

    private CardPayments() {
    }

    public static CardPayments aPayment() {
        return new CardPayments();
    }

    public CardPayments card(String card) {
        this.card = card;
        return this;
    }

    public CardPayments of(String euros) {
        this.amount = Money.eur(euros);
        return this;
    }

    public CardPayments at(String instant) {
        return at(Instant.parse(instant));
    }

    public CardPayments at(Instant instant) {
        this.at = instant;
        return this;
    }

    public CardPayments later(Duration after) {
        this.at = at.plus(after);
        return this;
    }

    public CardPayments zone(ZoneId zone) {
        this.zone = zone;
        return this;
    }

    public CardPayments in(String category) {
        this.category = category;
        return this;
    }

    public CardPayments mcc(String mcc) {
        this.mcc = mcc;
        return this;
    }

    public CardPayments online() {
        this.cardPresent = false;
        this.merchantLocation = null;
        return this;
    }

    public CardPayments inPersonAt(GeoPoint location) {
        this.cardPresent = true;
        this.merchantLocation = location;
        return this;
    }

    public CardPayments livingAt(GeoPoint home) {
        this.home = home;
        return this;
    }

    public CardTransaction build() {
        return new CardTransaction(card, amount, at, zone, category, mcc, "Merchant", cardPresent, merchantLocation, home);
    }
}
