package org.sportello.bank.demo;

import java.time.ZoneId;
import java.util.List;
import org.sportello.bank.CardKind;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.domain.ItalianIban;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Language;

/**
 * A customer of the demo bank and the life their transactions tell: where they live, what they
 * earn and pay for rent, whether they drive, which subscriptions they keep. Each has one card, of a
 * product in bank/card-products.csv; the four together show every kind of card.
 */
record DemoCustomer(
        String id,
        String code,
        String givenName,
        String familyName,
        Language language,
        City home,
        Iban iban,
        String cardBrand,
        String cardLast4,
        CardKind cardKind,
        String cardProduct,
        String employer,
        long salaryCents,
        String landlord,
        long rentCents,
        long openingCents,
        boolean drives,
        List<DemoMerchants.Subscription> subscriptions) {

    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /**
     * Giulia Rossi has the account and card of the sample payloads in shared/protocols, so
     * those import as they are.
     */
    static final List<DemoCustomer> ALL = List.of(
            new DemoCustomer("giulia.rossi", "GR", "Giulia", "Rossi", Language.IT, City.MILANO,
                    ItalianIban.of("05428", "11101", "000000123456"), "VISA", "4821", CardKind.DEBIT, "classic-visa",
                    "Studio Architetti Ferri Srl", 238_000, "Immobiliare Navigli Srl", 89_000, 550_000, false,
                    List.of(DemoMerchants.NETFLIX, DemoMerchants.SPOTIFY, DemoMerchants.PHONE_ILIAD, DemoMerchants.GYM)),
            new DemoCustomer("marco.esposito", "ME", "Marco", "Esposito", Language.IT, City.NAPOLI,
                    ItalianIban.of("05428", "03401", "000000471209"), "MASTERCARD", "1937", CardKind.PREPAID, "go-prepaid",
                    "Tecnomare SpA", 215_000, "Anna De Luca", 65_000, 600_000, true,
                    List.of(DemoMerchants.DAZN, DemoMerchants.PHONE_TIM, DemoMerchants.AMAZON_PRIME)),
            new DemoCustomer("emma.clarke", "EC", "Emma", "Clarke", Language.EN, City.MILANO,
                    ItalianIban.of("05428", "11101", "000000582301"), "VISA", "7712", CardKind.CREDIT, "gold-visa",
                    "Northbridge Consulting Italia Srl", 310_000, "Brera Apartments Srl", 125_000, 450_000, false,
                    List.of(DemoMerchants.NETFLIX, DemoMerchants.SPOTIFY, DemoMerchants.DISNEY, DemoMerchants.PHONE_ILIAD,
                            DemoMerchants.GYM)),
            new DemoCustomer("james.walker", "JW", "James", "Walker", Language.EN, City.ROMA,
                    ItalianIban.of("05428", "03200", "000000690455"), "MASTERCARD", "3054", CardKind.CREDIT, "world-mastercard",
                    "Roma International School", 265_000, "Trastevere Casa Srl", 98_000, 550_000, true,
                    List.of(DemoMerchants.NETFLIX, DemoMerchants.PHONE_TIM, DemoMerchants.AMAZON_PRIME)));

    String displayName() {
        return givenName + " " + familyName;
    }

    String accountId() {
        return "acc-" + id;
    }

    String cardId() {
        return "card-" + id;
    }

    CustomerProfile profile() {
        return new CustomerProfile(new CustomerId(id), givenName, displayName(), language, ZONE);
    }
}
