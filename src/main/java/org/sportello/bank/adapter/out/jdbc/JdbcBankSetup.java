package org.sportello.bank.adapter.out.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import org.sportello.bank.CardKind;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.application.BankSetup;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBankSetup implements BankSetup {

    private final JdbcClient jdbc;

    JdbcBankSetup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claimSeed(String name, Instant at, LocalDate historyFrom, LocalDate historyTo) {
        // The primary key is the claim: a second node (or a restart) inserts nothing.
        return jdbc.sql("""
                        INSERT INTO bank_demo_seed (name, seeded_at, history_from, history_to)
                        VALUES (:name, :at, :from, :to) ON CONFLICT DO NOTHING""")
                .param("name", name)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("from", historyFrom)
                .param("to", historyTo)
                .update() == 1;
    }

    @Override
    public void addCustomer(CustomerProfile profile, Instant createdAt) {
        jdbc.sql("""
                        INSERT INTO bank_customer (id, given_name, display_name, language, time_zone, created_at)
                        VALUES (:id, :given, :display, :language, :zone, :created)""")
                .param("id", profile.id().value())
                .param("given", profile.givenName())
                .param("display", profile.displayName())
                .param("language", profile.language().name())
                .param("zone", profile.timeZone().getId())
                .param("created", createdAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public void openAccount(String accountId, CustomerId customer, Iban iban, Currency currency, String productName,
                            LocalDate openedOn, Money balance) {
        jdbc.sql("""
                        INSERT INTO bank_account (id, customer_id, iban, currency, product_name, opened_on)
                        VALUES (:id, :customer, :iban, :currency, :product, :opened)""")
                .param("id", accountId)
                .param("customer", customer.value())
                .param("iban", iban.value())
                .param("currency", currency.getCurrencyCode())
                .param("product", productName)
                .param("opened", openedOn)
                .update();
        jdbc.sql("INSERT INTO bank_balance (account_id, currency, balance_minor) VALUES (:id, :currency, :balance)")
                .param("id", accountId)
                .param("currency", currency.getCurrencyCode())
                .param("balance", balance.minorUnits())
                .update();
    }

    @Override
    public void issueCard(String cardId, String accountId, String brand, CardKind kind, String productCode, String last4,
                          LocalDate expiresOn) {
        jdbc.sql("""
                        INSERT INTO bank_card (id, account_id, brand, kind, product_code, last4, status, expires_on)
                        VALUES (:id, :account, :brand, :kind, :product, :last4, 'ACTIVE', :expires)""")
                .param("id", cardId)
                .param("account", accountId)
                .param("brand", brand)
                .param("kind", kind.name())
                .param("product", productCode)
                .param("last4", last4)
                .param("expires", expiresOn)
                .update();
    }
}
