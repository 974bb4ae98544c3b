package org.sportello.bank.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.sportello.bank.CardKind;
import org.sportello.bank.CustomerProfile;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;

/** Opening customers, accounts and cards: what the demo bank needs to exist at all. */
public interface BankSetup {

    /**
     * Records that the data set {@code name} is being seeded; false when it was seeded before (by
     * this node or another), in which case the caller must not seed it again.
     */
    boolean claimSeed(String name, Instant at, LocalDate historyFrom, LocalDate historyTo);

    void addCustomer(CustomerProfile profile, Instant createdAt);

    void openAccount(String accountId, CustomerId customer, Iban iban, Currency currency, String productName,
                     LocalDate openedOn, Money balance);

    /** An ACTIVE card of {@code productCode} (see bank/card-products.csv), valid through {@code expiresOn}. */
    void issueCard(String cardId, String accountId, String brand, CardKind kind, String productCode, String last4,
                   LocalDate expiresOn);
}
