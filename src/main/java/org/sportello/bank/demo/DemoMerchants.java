package org.sportello.bank.demo;

import java.util.List;
import java.util.Map;
import org.sportello.bank.domain.Merchant;

/**
 * Where the demo customers spend: real-sounding merchants per city with their ISO 18245 codes,
 * and the online services and subscriptions that have no place.
 */
final class DemoMerchants {

    /** A kind of spending, with its merchant category code and its usual price range in cents. */
    enum Spend {
        GROCERIES("5411", 800, 7_500),
        COFFEE("5814", 120, 650),
        RESTAURANT("5812", 1_800, 8_500),
        FAST_FOOD("5814", 650, 1_800),
        FUEL("5541", 3_500, 7_800),
        PHARMACY("5912", 450, 4_200),
        CLOTHING("5651", 2_500, 14_000),
        ELECTRONICS("5732", 1_900, 32_000),
        BOOKS("5942", 900, 4_500),
        CINEMA("7832", 850, 2_400),
        TAXI("4121", 1_100, 3_800),
        ONLINE("5942", 900, 8_900),
        FOOD_DELIVERY("5814", 1_400, 4_200),
        HOTEL("7011", 9_000, 26_000),
        TRAIN("4112", 2_900, 11_900),
        FLIGHT("4511", 4_900, 24_000),
        CASH("6011", 5_000, 20_000);

        final String mcc;
        final long centsMin;
        final long centsMax;

        Spend(String mcc, long centsMin, long centsMax) {
            this.mcc = mcc;
            this.centsMin = centsMin;
            this.centsMax = centsMax;
        }
    }

    /** A monthly card charge of a fixed amount on a fixed day. */
    record Subscription(String merchant, String mcc, long cents, int dayOfMonth) {
    }

    static final Subscription NETFLIX = new Subscription("Netflix", "4899", 1_399, 5);
    static final Subscription SPOTIFY = new Subscription("Spotify", "5815", 1_199, 11);
    static final Subscription DISNEY = new Subscription("Disney+", "4899", 899, 14);
    static final Subscription DAZN = new Subscription("DAZN", "4899", 3_499, 9);
    static final Subscription AMAZON_PRIME = new Subscription("Amazon Prime", "5968", 499, 21);
    static final Subscription PHONE_ILIAD = new Subscription("Iliad", "4814", 999, 18);
    static final Subscription PHONE_TIM = new Subscription("TIM", "4814", 1_499, 16);
    static final Subscription GYM = new Subscription("Virgin Active", "7997", 5_900, 3);

    /** Direct debits of the household, every other month, amount by season. */
    static final String ELECTRICITY = "Enel Energia";
    static final String GAS = "Eni Plenitude";
    static final String INTERNET = "Fastweb";
    static final String UTILITIES_MCC = "4900";
    static final String TELECOM_MCC = "4814";
    static final String TRANSIT_MCC = "4111";

    static final Map<String, String> TRANSIT_PASS = Map.of(
            "Milano", "ATM Milano", "Napoli", "ANM Napoli", "Roma", "ATAC Roma");

    static final Map<Spend, List<String>> ONLINE_MERCHANTS = Map.of(
            Spend.ONLINE, List.of("Amazon", "Zalando", "IKEA Online", "Decathlon Online"),
            Spend.FOOD_DELIVERY, List.of("Deliveroo", "Just Eat", "Glovo"),
            Spend.TRAIN, List.of("Trenitalia", "Italo"),
            Spend.FLIGHT, List.of("ITA Airways", "Ryanair", "easyJet"));

    private static final Map<String, Map<Spend, List<String>>> LOCAL = Map.of(
            "Milano", Map.ofEntries(
                    Map.entry(Spend.GROCERIES, List.of("Esselunga Viale Piave", "Carrefour Express Porta Venezia", "Pam Panorama")),
                    Map.entry(Spend.COFFEE, List.of("Bar Magenta", "Pasticceria Marchesi", "Caffè Cordusio")),
                    Map.entry(Spend.RESTAURANT, List.of("Trattoria Milanese", "Osteria del Treno", "Pizzeria Spontini", "Sushi Koi")),
                    Map.entry(Spend.FAST_FOOD, List.of("McDonald's Duomo", "Panino Giusto")),
                    Map.entry(Spend.FUEL, List.of("Eni Station Viale Monza", "Q8 Lorenteggio")),
                    Map.entry(Spend.PHARMACY, List.of("Farmacia Brera")),
                    Map.entry(Spend.CLOTHING, List.of("Zara Corso Vittorio Emanuele", "Uniqlo Cordusio")),
                    Map.entry(Spend.ELECTRONICS, List.of("MediaWorld Milano Certosa")),
                    Map.entry(Spend.BOOKS, List.of("Feltrinelli Piazza Piemonte")),
                    Map.entry(Spend.CINEMA, List.of("Cinema Anteo")),
                    Map.entry(Spend.TAXI, List.of("Taxi Blu Milano")),
                    Map.entry(Spend.CASH, List.of("ATM Piazza Cordusio", "ATM Corso Buenos Aires")),
                    Map.entry(Spend.HOTEL, List.of("Hotel Principe di Savoia"))),
            "Napoli", Map.ofEntries(
                    Map.entry(Spend.GROCERIES, List.of("Conad Vomero", "Decò Chiaia", "Carrefour Market Fuorigrotta")),
                    Map.entry(Spend.COFFEE, List.of("Gran Caffè Gambrinus", "Caffè Mexico")),
                    Map.entry(Spend.RESTAURANT, List.of("Pizzeria Da Michele", "Trattoria Nennella", "Pizzeria Sorbillo")),
                    Map.entry(Spend.FAST_FOOD, List.of("McDonald's Napoli Centrale")),
                    Map.entry(Spend.FUEL, List.of("Eni Station Via Marina", "Q8 Fuorigrotta")),
                    Map.entry(Spend.PHARMACY, List.of("Farmacia Chiaia")),
                    Map.entry(Spend.CLOTHING, List.of("OVS Via Toledo")),
                    Map.entry(Spend.ELECTRONICS, List.of("Euronics Napoli")),
                    Map.entry(Spend.BOOKS, List.of("Feltrinelli Piazza dei Martiri")),
                    Map.entry(Spend.CINEMA, List.of("Cinema Metropolitan")),
                    Map.entry(Spend.TAXI, List.of("Radio Taxi Napoli")),
                    Map.entry(Spend.CASH, List.of("ATM Piazza Vanvitelli", "ATM Via Toledo")),
                    Map.entry(Spend.HOTEL, List.of("Grand Hotel Vesuvio"))),
            "Roma", Map.ofEntries(
                    Map.entry(Spend.GROCERIES, List.of("Coop Trastevere", "Carrefour Market Prati", "Lidl Ostiense")),
                    Map.entry(Spend.COFFEE, List.of("Sant'Eustachio Il Caffè", "Bar del Fico")),
                    Map.entry(Spend.RESTAURANT, List.of("Da Enzo al 29", "Roscioli", "Tonnarello")),
                    Map.entry(Spend.FAST_FOOD, List.of("Burger King Termini")),
                    Map.entry(Spend.FUEL, List.of("Tamoil Via Aurelia", "IP Via Tiburtina")),
                    Map.entry(Spend.PHARMACY, List.of("Farmacia Trastevere")),
                    Map.entry(Spend.CLOTHING, List.of("H&M Via del Corso")),
                    Map.entry(Spend.ELECTRONICS, List.of("MediaWorld Roma Eur")),
                    Map.entry(Spend.BOOKS, List.of("Feltrinelli Galleria Alberto Sordi")),
                    Map.entry(Spend.CINEMA, List.of("Cinema Barberini")),
                    Map.entry(Spend.TAXI, List.of("Radio Taxi 3570")),
                    Map.entry(Spend.CASH, List.of("ATM Piazza Venezia", "ATM Viale Trastevere")),
                    Map.entry(Spend.HOTEL, List.of("Hotel Artemide"))),
            "Firenze", Map.of(Spend.RESTAURANT, List.of("Trattoria Mario", "Osteria Vini e Vecchi Sapori"),
                    Spend.HOTEL, List.of("Hotel Brunelleschi"), Spend.COFFEE, List.of("Caffè Gilli")),
            "Venezia", Map.of(Spend.RESTAURANT, List.of("Osteria alle Testiere", "Trattoria Al Gatto Nero"),
                    Spend.HOTEL, List.of("Hotel Danieli"), Spend.COFFEE, List.of("Caffè Florian")),
            "Torino", Map.of(Spend.RESTAURANT, List.of("Del Cambio", "Tre Galline"),
                    Spend.HOTEL, List.of("NH Torino Centro"), Spend.COFFEE, List.of("Caffè Al Bicerin")),
            "Bologna", Map.of(Spend.RESTAURANT, List.of("Trattoria Anna Maria", "Osteria dell'Orsa"),
                    Spend.HOTEL, List.of("Hotel Corona d'Oro"), Spend.COFFEE, List.of("Caffè Terzi")),
            "Paris", Map.of(Spend.RESTAURANT, List.of("Bouillon Chartier", "Le Comptoir du Relais"),
                    Spend.HOTEL, List.of("Hôtel du Marais"), Spend.COFFEE, List.of("Café de Flore")),
            "Barcelona", Map.of(Spend.RESTAURANT, List.of("Cervecería Catalana", "El Xampanyet"),
                    Spend.HOTEL, List.of("Hotel Jazz"), Spend.COFFEE, List.of("Café Zurich")));

    /** The registered seat of each merchant that sells at a distance: online shops, subscriptions, utilities. */
    private static final Map<String, City> SEATS = Map.ofEntries(
            Map.entry("Netflix", City.AMSTERDAM), Map.entry("Spotify", City.STOCKHOLM), Map.entry("Disney+", City.LONDON),
            Map.entry("DAZN", City.LONDON), Map.entry("Amazon Prime", City.LUXEMBOURG), Map.entry("Amazon", City.LUXEMBOURG),
            Map.entry("Iliad", City.MILANO), Map.entry("TIM", City.ROMA), Map.entry("Virgin Active", City.MILANO),
            Map.entry(ELECTRICITY, City.ROMA), Map.entry(GAS, City.SAN_DONATO), Map.entry(INTERNET, City.MILANO),
            Map.entry("Zalando", City.BERLIN), Map.entry("IKEA Online", City.CARUGATE), Map.entry("Decathlon Online", City.MILANO),
            Map.entry("Deliveroo", City.LONDON), Map.entry("Just Eat", City.MILANO), Map.entry("Glovo", City.BARCELONA),
            Map.entry("Trenitalia", City.ROMA), Map.entry("Italo", City.ROMA), Map.entry("ITA Airways", City.ROMA),
            Map.entry("Ryanair", City.DUBLIN), Map.entry("easyJet", City.LONDON));

    static final List<City> DESTINATIONS = List.of(City.FIRENZE, City.VENEZIA, City.TORINO, City.BOLOGNA, City.PARIS,
            City.BARCELONA, City.ROMA, City.NAPOLI, City.MILANO);

    private DemoMerchants() {
    }

    /** A merchant that sells at a distance, placed at its registered seat. */
    static Merchant remote(String name, String mcc) {
        City seat = SEATS.get(name);
        if (seat == null) {
            throw new IllegalArgumentException("no registered seat for remote merchant " + name);
        }
        return new Merchant(name, mcc, seat.name(), DemoHistory.near(seat, name));
    }

    static boolean isRemote(String name) {
        return SEATS.containsKey(name);
    }

    /** The merchants of this kind in the city; empty when the city has none of that kind. */
    static List<String> local(City city, Spend spend) {
        return LOCAL.getOrDefault(city.name(), Map.of()).getOrDefault(spend, List.of());
    }
}
