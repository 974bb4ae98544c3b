package org.sportello.bank;

import org.sportello.testing.TestGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Money;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every booked transaction carries a category and a normalised merchant; a customer's choice outranks the rules. */
@SportelloIntegrationTest
class CategoriesOnTheBooksTest {

    static final CustomerId EMMA = new CustomerId("emma.clarke");
    static final String EMMA_IBAN = "IT81W0542811101000000582301";

    @LocalServerPort
    int port;

    @Autowired
    CategoryChoices choices;

    @Autowired
    SpendingFacts spending;

    @Autowired
    JdbcClient jdbc;

    String book(String merchant, String mcc) {
        String id = "CAT-" + UUID.randomUUID();
        new HttpTestClient(port).postJson("/api/v1/transactions", """
                {"transactions": [{"id": "%s", "account": "%s", "amount": "9.99", "currency": "EUR", "direction": "DEBIT",
                  "bookedAt": "2026-11-18T08:00:00Z", "card": "7712", "merchant": {"name": "%s", "mcc": "%s"}}]}"""
                .formatted(id, EMMA_IBAN, merchant, mcc));
        return jdbc.sql("SELECT category || ' ' || category_primary || ' ' || merchant FROM bank_transaction WHERE bank_reference = :id")
                .param("id", id).query(String.class).single();
    }

    @Test
    void bookedTransactionsAreCategorisedAndTheirMerchantNormalised() {
        assertThat(book("AMZN Mktp IT*2K4LK", "5942")).isEqualTo("GENERAL_MERCHANDISE_ONLINE_MARKETPLACES GENERAL_MERCHANDISE Amazon");
        assertThat(book("ESSELUNGA MILANO VIALE PIAVE", "5411")).isEqualTo("FOOD_AND_DRINK_GROCERIES FOOD_AND_DRINK Esselunga");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bank_transaction WHERE category IS NULL").query(Long.class).single())
                .as("seeded history is categorised too").isZero();
    }

    @Test
    void aCustomersChoiceRecategorisesThePastAndTheFuture() {
        int changed = choices.choose(TestGrant.transactions(EMMA), "netflix", "ENTERTAINMENT_MUSIC_AND_AUDIO");

        assertThat(changed).isEqualTo(jdbc.sql("""
                        SELECT COUNT(*) FROM bank_transaction t JOIN bank_account a ON a.id = t.account_id
                        WHERE a.customer_id = 'emma.clarke' AND t.merchant = 'Netflix'""").query(Long.class).single().intValue())
                .isGreaterThan(20);
        assertThat(book("PAYPAL *NETFLIX", "4899")).isEqualTo("ENTERTAINMENT_MUSIC_AND_AUDIO ENTERTAINMENT Netflix");
        Period october = Period.month(2026, 10, ZoneId.of("Europe/Rome"));
        assertThat(spending.total(TestGrant.transactions(EMMA), october, Optional.of("ENTERTAINMENT_MUSIC_AND_AUDIO"), Optional.of("Netflix")).amount())
                .isEqualTo(Money.eur("13.99"));
    }

    @Test
    void refusesACategoryTheTaxonomyDoesNotKnow() {
        assertThatThrownBy(() -> choices.choose(TestGrant.transactions(EMMA), "Netflix", "FUN"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown category FUN");
    }
}
